package org.citybridge.accounts.domain;

import java.time.Instant;

import org.citybridge.shared.Role;

public record AccountView(long id, String username, String displayName, Role role, String cityCode,
                          String provinceCode, Long personId, boolean enabled, Instant createdAt, long version) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.role(),
                account.cityCode(), account.provinceCode(), account.personId(), account.enabled(),
                account.createdAt(), account.version());
    }
}
