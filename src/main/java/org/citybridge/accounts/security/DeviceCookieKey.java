package org.citybridge.accounts.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs device cookies: {@code citybridge.login.device-cookie-secret} when set, else 32 random bytes made
 * on the first start and kept in {@code account_secret}, so that every instance on the database accepts the same
 * cookies. Changing it makes every browser an unknown client again. Never logged.
 */
@Component
class DeviceCookieKey {

    static final String NAME = "accounts.device-cookie";
    static final int MIN_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] key;

    DeviceCookieKey(JdbcClient jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.deviceCookieSecret();
        if (!configured.isEmpty() && configured.length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("citybridge.login.device-cookie-secret must have at least " + MIN_CONFIGURED_LENGTH
                    + " characters (e.g. openssl rand -base64 32), or be left unset for a generated one");
        }
    }

    byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            known = configured.isEmpty() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The stored key, made now if there is none; when instances start together, the first insert wins for all. */
    private byte[] stored() {
        byte[] fresh = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO account_secret (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .param("name", NAME).param("value", Base64.getEncoder().encodeToString(fresh))
                .update();
        String value = jdbc.sql("SELECT value FROM account_secret WHERE name = :name").param("name", NAME)
                .query(String.class).single();
        return Base64.getDecoder().decode(value);
    }
}
