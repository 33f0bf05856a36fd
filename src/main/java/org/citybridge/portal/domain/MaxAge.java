package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long what the public site keeps in memory may still be shown ({@code citybridge.portal.page-cache-ttl}), timed by
 * the application's clock, so that a scheduled publish or an expiry shows within that time and tests can move the
 * clock instead of waiting. A clock set back makes everything kept before too old.
 */
public final class MaxAge {

    private final Clock clock;
    private final long nanos;

    public MaxAge(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.nanos = maxAge.toNanos();
    }

    /** Nothing is to be kept. */
    public boolean off() {
        return nanos <= 0;
    }

    /** The clock's time in nanoseconds, to stamp what is kept with. */
    public long now() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Whether something kept at {@code keptAt} is too old at {@code now}, past it by {@code grace}. */
    public boolean over(long keptAt, long now, Duration grace) {
        return now < keptAt || now - keptAt >= nanos + grace.toNanos();
    }

    public boolean over(long keptAt, long now) {
        return over(keptAt, now, Duration.ZERO);
    }
}
