package org.citybridge.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's name and contact details as entered in a form, the API or an imported row; phones cleaned up by {@link PhoneNumbers}. */
public record PersonDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
        Gender gender,
        @Size(max = 100, message = "{validation.tooLong}") String post,
        @Size(max = 100, message = "{validation.tooLong}") String unit,
        @Pattern(regexp = PersonDetails.MOBILE, message = "{validation.mobile}") String mobile,
        @Pattern(regexp = PersonDetails.OFFICE_PHONE, message = "{validation.officePhone}") String officePhone,
        @Email(regexp = PersonDetails.EMAIL, message = "{validation.email}") @Size(max = 120, message = "{validation.tooLong}") String email,
        @Size(max = 200, message = "{validation.tooLong}") String address) {

    /** Mainland mobile numbers as kept (11 digits; typed spaces, dashes and +86 are cleaned up first). */
    public static final String MOBILE = PhoneNumbers.MOBILE;
    /** Landlines as kept: with area code, and an optional extension: 010-12345678, 028-8765432-123. */
    public static final String OFFICE_PHONE = PhoneNumbers.OFFICE_PHONE;
    public static final String EMAIL = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public static PersonDetails blank() {
        return new PersonDetails(null, null, null, null, null, null, null, null);
    }

    public PersonDetails {
        name = trim(name);
        post = trim(post);
        unit = trim(unit);
        mobile = PhoneNumbers.mobile(trim(mobile));
        officePhone = PhoneNumbers.officePhone(trim(officePhone));
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
