package org.citybridge.accounts.domain;

import java.time.Instant;

import org.citybridge.shared.Role;

/**
 * An account as the administrator sees it, with where it is told things by mail ({@code email} or null, and
 * {@code language}); the names of its city, province and person are filled in for lists.
 */
public record AccountView(long id, String username, String displayName, Role role, String cityCode,
                          String provinceCode, Long personId, String email, String language, boolean enabled,
                          Instant createdAt, long version, String cityName, String provinceName, String personName) {

    static AccountView of(UserAccount account) {
        return of(account, null, null, null);
    }

    static AccountView of(UserAccount account, String cityName, String provinceName, String personName) {
        MailContact contact = account.contact();
        return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                account.cityCode(), account.provinceCode(), account.personId(), contact.email(), contact.language(),
                account.enabled(), account.createdAt(), account.version(), cityName, provinceName, personName);
    }
}
