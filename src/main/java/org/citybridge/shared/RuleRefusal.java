package org.citybridge.shared;

import java.util.List;

/** Business rules refused a change: one ({@link RuleViolation}) or several at once ({@link RuleViolations}). */
public abstract class RuleRefusal extends RuntimeException {

    protected RuleRefusal(String message) {
        super(message);
    }

    /** Every rule that refused, in the order found. */
    public abstract List<RuleViolation> violations();
}
