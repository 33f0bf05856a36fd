package org.citybridge.directory;

import java.time.LocalDate;

public record AppointmentView(long id, String cityCode, String cityName, long personId, String personName,
                              String post, String unit, String mobile, String officePhone, String email,
                              LiaisonRole role, LocalDate from, LocalDate to, boolean active) {
}
