package org.citybridge.accounts.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.citybridge.shared.Role;

/**
 * An account as the administrator creates it, from the back office or the API; {@code email} and {@code language}
 * ({@code zh-CN} or {@code en}, Chinese if not given) are where and how it is told things by mail ({@link MailContact}).
 */
public record NewAccount(
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "^[A-Za-z0-9._-]{3,40}$", message = "{account.error.username}") String username,
        @Size(max = 60, message = "{validation.tooLong}") String displayName,
        @NotBlank(message = "{validation.required}") String password,
        @NotNull(message = "{validation.required}") Role role,
        String cityCode,
        String provinceCode,
        Long personId,
        @Size(max = MailContact.EMAIL_MAX, message = "{validation.tooLong}") String email,
        String language) {

    /** An account without a mail address, told things in Chinese. */
    public NewAccount(String username, String displayName, String password, Role role, String cityCode,
                      String provinceCode, Long personId) {
        this(username, displayName, password, role, cityCode, provinceCode, personId, null, null);
    }

    public Scope scope() {
        return new Scope(role, cityCode, provinceCode, personId);
    }

    public MailContact contact() {
        return new MailContact(email, language);
    }
}
