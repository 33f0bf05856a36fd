package org.citybridge.evaluation;

/** How a piece of work counts for its indicator. */
public enum Outcome {
    /** Counted and met (the numerator). */
    MET,
    /** Counted, not met: in the denominator only. */
    MISSED,
    /** Not counted at all, for the reason given (withdrawn, cancelled, before the city joined). */
    EXCLUDED;

    public boolean counted() {
        return this != EXCLUDED;
    }
}
