package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.citybridge.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What one kept thing shows: the kept value, a change at once, and never what a load racing with a change read. */
class KeptTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AtomicLong changes = new AtomicLong();
    private final Kept<String> kept = new Kept<>(new MaxAge(clock, Duration.ofMinutes(1)), changes::get);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void isLoadedOnceWithinItsMomentAndAgainAfterAChangeOrWhenOld() {
        assertThat(kept.get(counted("first"))).isEqualTo("first");
        assertThat(kept.get(counted("not asked"))).isEqualTo("first");
        changes.incrementAndGet();
        assertThat(kept.get(counted("after the change"))).isEqualTo("after the change");
        clock.advance(Duration.ofMinutes(2));
        assertThat(kept.get(counted("renewed"))).isEqualTo("renewed");
        assertThat(kept.get(counted("not asked"))).isEqualTo("renewed");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aLoadThatBeganBeforeAChangeIsNotShownAfterItHoweverLateItEnds() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> kept.get(() -> {
            reading.countDown();
            await(mayFinish);
            return "read before the change";
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        changes.incrementAndGet();
        assertThat(kept.get(counted("read after the change"))).isEqualTo("read after the change");

        mayFinish.countDown();
        assertThat(before.get(10, TimeUnit.SECONDS)).as("answered to its own caller only").isEqualTo("read before the change");
        assertThat(kept.get(counted("not asked"))).isEqualTo("read after the change");
        assertThat(loads).hasValue(1);
    }

    @Test
    void keepsNothingWhenItsMomentIsZero() {
        Kept<String> never = new Kept<>(new MaxAge(Clock.systemUTC(), Duration.ZERO), changes::get);
        never.get(counted("one"));
        never.get(counted("two"));
        assertThat(loads).hasValue(2);
    }

    private Supplier<String> counted(String value) {
        return () -> {
            loads.incrementAndGet();
            return value;
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
