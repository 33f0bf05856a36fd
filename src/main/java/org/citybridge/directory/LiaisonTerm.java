package org.citybridge.directory;

import java.time.LocalDate;

/**
 * One liaison appointment as the appointment history holds it: the person held the post from {@code from} until the
 * day before {@code until} (null: still in post).
 */
public record LiaisonTerm(long appointmentId, long personId, String personName, String cityCode, LiaisonRole role,
                          LocalDate from, LocalDate until) {

    /** Whether the person held the post on that day. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }
}
