package org.citybridge.accounts.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in token buckets; an empty bucket blocks further
 * attempts until it refills. Kept per instance: behind a proxy each instance throttles on its own.
 */
@Component
class LoginThrottle {

    private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;

    LoginThrottle(@Value("${citybridge.login.max-failures-per-account:5}") int accountFailures,
                  @Value("${citybridge.login.max-failures-per-address:20}") int addressFailures,
                  @Value("${citybridge.login.window:15m}") Duration window) {
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
    }

    boolean isBlocked(String username, String address) {
        return empty(byAccount.get(key(username))) || empty(byAddress.get(address));
    }

    void failed(String username, String address) {
        byAccount.computeIfAbsent(key(username), k -> bucket(accountFailures)).tryConsume(1);
        if (address != null) {
            byAddress.computeIfAbsent(address, k -> bucket(addressFailures)).tryConsume(1);
        }
    }

    void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }

    private static boolean empty(Bucket bucket) {
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
