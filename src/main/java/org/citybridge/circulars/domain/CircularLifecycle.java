package org.citybridge.circulars.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.citybridge.shared.RuleViolation;

import static org.citybridge.circulars.domain.CircularStatus.DRAFT;
import static org.citybridge.circulars.domain.CircularStatus.ISSUED;
import static org.citybridge.circulars.domain.CircularStatus.WITHDRAWN;

/**
 * The lifecycle of a circular and of its cities' copies, without any storage:
 * <pre>
 * DRAFT --edit--> DRAFT      DRAFT --discard--> (gone)      DRAFT --issue--> ISSUED
 * ISSUED --correct--> ISSUED ISSUED --remind--> ISSUED      ISSUED --withdraw--> WITHDRAWN (final)
 * </pre>
 * A city's copy exists from the issue on: it is opened (marked read) while the circular is ISSUED or WITHDRAWN (a
 * withdrawn one as a notice); its receipt is answered, reopened and handed over only while the circular is ISSUED.
 * Each refusal keeps the message the user has always seen for that action.
 */
final class CircularLifecycle {

    private CircularLifecycle() {
    }

    /** The circular's state after {@code action}, empty when the action removes it; a refusal when it is not legal now. */
    static Optional<CircularStatus> next(CircularStatus current, CircularAction action) {
        if (from(action) != current) {
            throw RuleViolation.of(refusal(action));
        }
        return Optional.ofNullable(to(action));
    }

    /** The circular actions legal in a state. */
    static Set<CircularAction> legalActions(CircularStatus current) {
        Set<CircularAction> legal = EnumSet.noneOf(CircularAction.class);
        for (CircularAction action : CircularAction.values()) {
            if (from(action) == current) {
                legal.add(action);
            }
        }
        return legal;
    }

    /** Whether a city's copy may undergo {@code action} while the circular is in {@code current}. */
    static boolean allows(CircularStatus current, DeliveryAction action) {
        return switch (action) {
            case OPEN -> current == ISSUED || current == WITHDRAWN;
            case REPLY, REOPEN, HAND_OVER -> current == ISSUED;
        };
    }

    /** Refuses {@code action} on a city's copy unless the circular's state allows it. */
    static void require(CircularStatus current, DeliveryAction action) {
        if (!allows(current, action)) {
            throw RuleViolation.of(switch (action) {
                case REPLY -> "receipt.error.withdrawn";
                case REOPEN -> "receipt.error.noForm";
                case OPEN, HAND_OVER -> "circular.error.notIssued";
            });
        }
    }

    private static CircularStatus from(CircularAction action) {
        return switch (action) {
            case EDIT, DISCARD, ISSUE -> DRAFT;
            case CORRECT, REMIND, WITHDRAW -> ISSUED;
        };
    }

    private static CircularStatus to(CircularAction action) {
        return switch (action) {
            case EDIT -> DRAFT;
            case DISCARD -> null;
            case ISSUE, CORRECT, REMIND -> ISSUED;
            case WITHDRAW -> WITHDRAWN;
        };
    }

    private static String refusal(CircularAction action) {
        return switch (action) {
            case EDIT, DISCARD -> "circular.error.notDraft";
            case ISSUE -> "circular.error.alreadyIssued";
            case CORRECT, REMIND, WITHDRAW -> "circular.error.notIssued";
        };
    }
}
