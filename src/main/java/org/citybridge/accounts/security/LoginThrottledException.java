package org.citybridge.accounts.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was looked at, because its address, account or device must wait. */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final long LONGEST_WAIT_IN_SECONDS = 120;

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter);
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    /** Whole seconds until the next attempt may be made, rounded up (the {@code Retry-After} value). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** "Try again in 30 seconds" (or minutes, from two minutes on) in whichever language it is resolved. */
    public MessageSourceResolvable explanation() {
        if (retryAfterSeconds < LONGEST_WAIT_IN_SECONDS) {
            return new DefaultMessageSourceResolvable(new String[]{"login.throttled.seconds"}, new Object[]{retryAfterSeconds});
        }
        long minutes = (retryAfterSeconds + 59) / 60;
        return new DefaultMessageSourceResolvable(new String[]{"login.throttled.minutes"}, new Object[]{minutes});
    }
}
