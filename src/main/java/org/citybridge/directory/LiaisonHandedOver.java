package org.citybridge.directory;

import java.time.LocalDate;

/** A city's liaison post passed from one person to a successor; later modules move open work with it. */
public record LiaisonHandedOver(String cityCode, long predecessorAppointmentId, long predecessorPersonId,
                                long successorAppointmentId, long successorPersonId, LocalDate on) {
}
