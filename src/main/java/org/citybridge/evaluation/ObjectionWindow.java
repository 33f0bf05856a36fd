package org.citybridge.evaluation;

import java.time.Instant;

/** The time in which cities may object to their scores: from {@code openAt} up to but not including {@code closeAt}. */
public record ObjectionWindow(Instant openAt, Instant closeAt) {

    public enum State {
        UNSET, NOT_YET_OPEN, OPEN, CLOSED
    }

    public State at(Instant now) {
        if (openAt == null || closeAt == null) {
            return State.UNSET;
        }
        if (now.isBefore(openAt)) {
            return State.NOT_YET_OPEN;
        }
        return now.isBefore(closeAt) ? State.OPEN : State.CLOSED;
    }
}
