package org.citybridge.events.domain;

import java.util.List;
import java.util.Optional;

import org.citybridge.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.citybridge.events.domain.DelegateState.CANCELLED;
import static org.citybridge.events.domain.DelegateState.REGISTERED;
import static org.citybridge.events.domain.DelegateState.WAITLISTED;

/**
 * The lifecycle of one delegate, without any storage:
 * <pre>
 * (new) --a place is free--> REGISTERED --cancel--> CANCELLED
 * (new) --event full-------> WAITLISTED --cancel--> CANCELLED
 *                            WAITLISTED --a place frees, first in line--> REGISTERED
 * </pre>
 * Only a registered delegate holds one of the event's places; registered and waitlisted delegates both count towards
 * their city's quota, which is never exceeded: a delegation over it is refused whole.
 */
public final class DelegateLifecycle {

    public static final String ILLEGAL = "event.error.illegalDelegateState";
    public static final String OVER_QUOTA = "event.error.overQuota";

    private DelegateLifecycle() {
    }

    /** A new delegate's state: a place if one is free, the waitlist otherwise. */
    public static DelegateState admit(int registered, int capacity) {
        return registered < capacity ? REGISTERED : WAITLISTED;
    }

    public static DelegateState cancel(DelegateState current) {
        if (!current.isActive()) {
            throw illegal(current, CANCELLED);
        }
        return CANCELLED;
    }

    public static DelegateState promote(DelegateState current) {
        if (current != WAITLISTED) {
            throw illegal(current, REGISTERED);
        }
        return REGISTERED;
    }

    /** The first of the waitlist (in its order) who get the places free under the capacity. */
    public static <T> List<T> promotions(int capacity, int registered, List<T> waitlist) {
        int free = Math.max(0, capacity - registered);
        return waitlist.subList(0, Math.min(free, waitlist.size()));
    }

    /** The refusal of a delegation of more active delegates than the city's quota (null: no quota), if it is. */
    public static Optional<RuleViolation> quotaProblem(Integer quota, int active) {
        return quota != null && active > quota
                ? Optional.of(new RuleViolation("delegates", OVER_QUOTA, quota, active)) : Optional.empty();
    }

    private static RuleViolation illegal(DelegateState from, DelegateState to) {
        return new RuleViolation(null, ILLEGAL, label(from), label(to));
    }

    private static DefaultMessageSourceResolvable label(DelegateState state) {
        String code = "event.delegate.state." + state.name();
        return new DefaultMessageSourceResolvable(new String[]{code}, code);
    }
}
