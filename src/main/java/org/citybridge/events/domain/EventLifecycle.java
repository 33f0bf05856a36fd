package org.citybridge.events.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.citybridge.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.citybridge.events.domain.EventStatus.CLOSED;
import static org.citybridge.events.domain.EventStatus.DRAFT;
import static org.citybridge.events.domain.EventStatus.HELD;
import static org.citybridge.events.domain.EventStatus.OPEN;

/**
 * The lifecycle of an event, without any storage:
 * <pre>
 * DRAFT --open--> OPEN --close--> CLOSED --hold--> HELD
 *                 OPEN <--reopen-- CLOSED
 * </pre>
 * Any other move is refused with {@code event.error.illegalStatus} naming both statuses. A draft is the secretariat's
 * alone; cities register only while the event is open and its registration window runs; a held event never changes.
 */
public final class EventLifecycle {

    public static final String ILLEGAL = "event.error.illegalStatus";

    /** Whether a city's liaison may register now, and if not, why. */
    public enum Registration {
        OPEN, NOT_TAKING, NOT_YET, PAST_DEADLINE
    }

    private EventLifecycle() {
    }

    /** The status after the move, or a refusal. */
    public static EventStatus next(EventStatus current, EventStatus wanted) {
        if (wanted == null || !nextStatuses(current).contains(wanted)) {
            throw new RuleViolation("status", ILLEGAL, label(current), wanted == null ? "?" : label(wanted));
        }
        return wanted;
    }

    public static Set<EventStatus> nextStatuses(EventStatus current) {
        return switch (current) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(OPEN, HELD);
            case HELD -> EnumSet.noneOf(EventStatus.class);
        };
    }

    /** The event's details and agenda may change until it is held. */
    public static boolean editable(EventStatus status) {
        return status != HELD;
    }

    /** Cities see an event once it is no longer a draft. */
    public static boolean visibleToCities(EventStatus status) {
        return status != DRAFT;
    }

    /** The secretariat changes a delegation on a city's behalf while the event is open or closed, deadline or not. */
    public static boolean acceptsSecretariatChanges(EventStatus status) {
        return status == OPEN || status == CLOSED;
    }

    /** A waitlisted delegate moves up when a place frees, until the event is held. */
    public static boolean promotesWaitlist(EventStatus status) {
        return status == OPEN || status == CLOSED;
    }

    /** A liaison registers only while the event is open, from the opening time (if any) until the deadline. */
    public static Registration registration(EventStatus status, Instant opensAt, Instant closesAt, Instant now) {
        if (status != OPEN) {
            return Registration.NOT_TAKING;
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return Registration.NOT_YET;
        }
        return now.isBefore(closesAt) ? Registration.OPEN : Registration.PAST_DEADLINE;
    }

    /** Photos of the event are kept once it is no longer a draft: it may be running, or over. */
    public static boolean takesPhotos(EventStatus status) {
        return status != DRAFT;
    }

    /** The event's report for the portal is drafted once the event has been held. */
    public static boolean reportable(EventStatus status) {
        return status == HELD;
    }

    /** Delegates are checked in while the event is open or closed: not in a draft, and no more once it is held. */
    public static boolean takesCheckIns(EventStatus status) {
        return status == OPEN || status == CLOSED;
    }

    static DefaultMessageSourceResolvable label(EventStatus status) {
        String code = "event.status." + status.name();
        return new DefaultMessageSourceResolvable(new String[]{code}, code);
    }
}
