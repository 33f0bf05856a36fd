package org.citybridge.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs check-in codes: {@code citybridge.events.check-in-secret} ({@code CITYBRIDGE_EVENTS_CHECK_IN_SECRET})
 * when set, else 32 random bytes made on the first start and kept in {@code app_secret}, so that printed badges stay
 * valid across restarts and every instance on the database reads the same codes. Changing it voids every badge printed.
 */
@Component
class CheckInSecret {

    static final String NAME = "events.check-in";
    static final int MIN_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;

    private final JdbcClient jdbc;
    private final String configured;

    CheckInSecret(JdbcClient jdbc, @Value("${citybridge.events.check-in-secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured == null ? "" : configured.strip();
        if (!this.configured.isEmpty() && this.configured.length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalStateException("citybridge.events.check-in-secret must have at least " + MIN_CONFIGURED_LENGTH
                    + " characters (e.g. openssl rand -base64 32), or be left unset for a generated one");
        }
    }

    byte[] key() {
        return configured.isEmpty() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
    }

    /** The stored key, made now if there is none; when instances start together, the first insert wins for all. */
    private byte[] stored() {
        byte[] fresh = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO app_secret (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .param("name", NAME).param("value", Base64.getEncoder().encodeToString(fresh))
                .update();
        String value = jdbc.sql("SELECT value FROM app_secret WHERE name = :name").param("name", NAME)
                .query(String.class).single();
        return Base64.getDecoder().decode(value);
    }
}
