package org.citybridge.directory;

import java.util.List;

public record PersonView(long id, String name, Gender gender, String post, String unit, String mobile,
                         String officePhone, String email, String address, long version,
                         List<AppointmentView> appointments) {
}
