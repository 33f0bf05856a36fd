package org.citybridge.accounts.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL ({@code login_throttle_bucket}), shared by every instance: each sign-in attempt takes a
 * token from its address's bucket and from its device's bucket when it shows a valid device cookie for the account,
 * else from the account's bucket for unknown clients. An empty bucket refuses the attempt with the time until its next
 * token. An attacker thus spends the unknown clients' budget of the account (which refills one attempt per short
 * delay, so guessing slows down but the owner is never locked out for long) and never the owner's device's budget.
 * A right password gives the address its token back and fills the account's or device's bucket again.
 * Each bucket changes under {@code SELECT ... FOR UPDATE} of its row, so concurrent attempts on any instance count
 * exactly; time is the application's clock.
 */
@Component
class LoginThrottle {

    private static final int CLEAN_UP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perUnknownClient;
    private final BucketConfiguration perDevice;

    LoginThrottle(DataSource dataSource, Clock clock, LoginThrottleProperties limits) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_throttle_bucket")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perAddress = spreadOver(limits.maxFailuresPerAddress(), limits.window());
        this.perUnknownClient = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limits.maxFailuresPerAccount()).refillGreedy(1, limits.accountDelay()).build())
                .build();
        this.perDevice = spreadOver(limits.maxFailuresPerDevice(), limits.window());
    }

    /** Takes the attempt's tokens, or refuses it with the wait when its address or its account (or device) must wait. */
    void admit(SignInAttempt attempt) {
        if (attempt.address() != null) {
            take("address:" + attempt.address(), perAddress);
        }
        if (attempt.fromKnownDevice()) {
            take(deviceKey(attempt), perDevice);
        } else {
            take(accountKey(attempt), perUnknownClient);
        }
    }

    /** The password was right: it was no guess. */
    void passwordAccepted(SignInAttempt attempt) {
        if (attempt.address() != null) {
            buckets.getProxy("address:" + attempt.address(), () -> perAddress).addTokens(1);
        }
        buckets.removeProxy(attempt.fromKnownDevice() ? deviceKey(attempt) : accountKey(attempt));
    }

    /** Deletes the buckets that have filled up again (they would start full anyway); any instance may run it. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT10M")
    void forgetFullBuckets() {
        while (buckets.removeExpired(CLEAN_UP_BATCH) == CLEAN_UP_BATCH) {
            // another batch
        }
    }

    private void take(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static String accountKey(SignInAttempt attempt) {
        return "account:" + attempt.account();
    }

    private static String deviceKey(SignInAttempt attempt) {
        return "device:" + attempt.device();
    }

    private static BucketConfiguration spreadOver(int capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }

    /** bucket4j's time is the application's clock, so tests can move it and instances agree on it (as NTP does). */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
