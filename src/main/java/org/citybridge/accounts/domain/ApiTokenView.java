package org.citybridge.accounts.domain;

import java.time.Instant;

public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
