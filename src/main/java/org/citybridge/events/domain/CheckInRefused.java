package org.citybridge.events.domain;

import org.citybridge.shared.RuleViolation;

/**
 * A scan that checks nobody in, and why: each reason has its title ({@code event.checkin.title.<REASON>}) and its
 * message ({@code event.checkin.refused.<REASON>}) for the station to show.
 */
public class CheckInRefused extends RuleViolation {

    public enum Reason {
        /** Not a genuine code of this event: malformed, altered, forged, guessed or another event's. */
        INVALID_CODE,
        /** The delegate's participation was cancelled. */
        CANCELLED,
        /** The delegate is on the waitlist and holds no place. */
        WAITLISTED,
        /** No such session in this event. */
        UNKNOWN_SESSION,
        /** The event is not taking check-ins (a draft, or held already). */
        NOT_CHECKING_IN,
        /** A scan time in the future, or before the event existed. */
        INVALID_TIME,
        /** A station name or client id that cannot be kept. */
        INVALID_INPUT
    }

    private final Reason reason;

    CheckInRefused(Reason reason, String field, Object... args) {
        this(reason, field, "event.checkin.refused." + reason.name(), args);
    }

    private CheckInRefused(Reason reason, String field, String messageKey, Object... args) {
        super(field, messageKey, args);
        this.reason = reason;
    }

    /** Input that cannot be kept, with the message for its field. */
    static CheckInRefused invalidInput(String field, String messageKey, Object... args) {
        return new CheckInRefused(Reason.INVALID_INPUT, field, messageKey, args);
    }

    public Reason reason() {
        return reason;
    }

    public String titleKey() {
        return "event.checkin.title." + reason.name();
    }
}
