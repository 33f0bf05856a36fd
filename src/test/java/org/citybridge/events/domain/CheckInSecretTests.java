package org.citybridge.events.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CheckInSecretTests {

    @Autowired
    CheckInCodes codes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAConfiguredSecretOneIsMadeOnceAndKeptSoCodesSurviveARestartAndAnotherInstance() {
        String stored = storedValue();
        assertThat(Base64.getDecoder().decode(stored)).hasSize(32);
        String code = codes.issue(12, 3456);

        CheckInCodes afterRestart = new CheckInCodes(new CheckInSecret(jdbc, "").key());

        assertThat(afterRestart.read(code, 12)).contains(new CheckInCode(12, 3456));
        assertThat(afterRestart.issue(12, 3456)).isEqualTo(code);
        assertThat(storedValue()).isEqualTo(stored);
    }

    @Test
    void instancesStartingTogetherOnANewDatabaseAllTakeTheSameKey() throws Exception {
        String original = storedValue();
        jdbc.sql("DELETE FROM app_secret WHERE name = :name").param("name", CheckInSecret.NAME).update();
        int instances = 6;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                keys.add(threads.submit(() -> {
                    start.await();
                    return Base64.getEncoder().encodeToString(new CheckInSecret(jdbc, "").key());
                }));
            }
            List<String> taken = new ArrayList<>();
            for (Future<String> key : keys) {
                taken.add(key.get(30, TimeUnit.SECONDS));
            }
            assertThat(taken).hasSize(instances).containsOnly(storedValue());
        } finally {
            threads.shutdownNow();
            jdbc.sql("UPDATE app_secret SET value = :value WHERE name = :name")
                    .param("value", original).param("name", CheckInSecret.NAME).update();
        }
    }

    @Test
    void aConfiguredSecretIsUsedAsItIsAndNeverStored() {
        String configured = "k8Vt0m2QpZx4Lr7NsW1yBc6Hd9Jf3Ge5";
        String stored = storedValue();

        byte[] key = new CheckInSecret(jdbc, " " + configured + "\n").key();

        assertThat(key).isEqualTo(configured.getBytes(StandardCharsets.UTF_8));
        assertThat(storedValue()).isEqualTo(stored);
        assertThat(new CheckInCodes(key).issue(1, 2)).isNotEqualTo(codes.issue(1, 2));
    }

    @Test
    void aConfiguredSecretTooShortToBeSafeStopsTheStart() {
        assertThatThrownBy(() -> new CheckInSecret(jdbc, "password123"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
    }

    private String storedValue() {
        return jdbc.sql("SELECT value FROM app_secret WHERE name = :name").param("name", CheckInSecret.NAME)
                .query(String.class).single();
    }
}
