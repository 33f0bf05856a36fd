package org.citybridge.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's name and contact details as entered in a form, the API or an imported row. */
public record PersonDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
        Gender gender,
        @Size(max = 100, message = "{validation.tooLong}") String post,
        @Size(max = 100, message = "{validation.tooLong}") String unit,
        @Pattern(regexp = PersonDetails.MOBILE, message = "{validation.mobile}") String mobile,
        @Pattern(regexp = PersonDetails.OFFICE_PHONE, message = "{validation.officePhone}") String officePhone,
        @Email(regexp = PersonDetails.EMAIL, message = "{validation.email}") @Size(max = 120, message = "{validation.tooLong}") String email,
        @Size(max = 200, message = "{validation.tooLong}") String address) {

    /** Mainland mobile numbers, optionally with +86; blank means none. */
    public static final String MOBILE = "^$|^(\\+?86[- ]?)?1[3-9]\\d{9}$";
    /** Landlines with an optional area code and extension: 010-12345678, 028-8765432-123. */
    public static final String OFFICE_PHONE = "^$|^(0\\d{2,3}-?)?[1-9]\\d{6,7}(-\\d{1,6})?$";
    public static final String EMAIL = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public static PersonDetails blank() {
        return new PersonDetails(null, null, null, null, null, null, null, null);
    }

    public PersonDetails {
        name = trim(name);
        post = trim(post);
        unit = trim(unit);
        mobile = trim(mobile);
        officePhone = trim(officePhone);
        email = trim(email);
        address = trim(address);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
