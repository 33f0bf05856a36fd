package org.citybridge.shared;

import java.util.List;

/** Several rules refused one change at once, e.g. every invalid answer of a form; nothing was saved. */
public class RuleViolations extends RuleRefusal {

    private final List<RuleViolation> violations;

    public RuleViolations(List<RuleViolation> violations) {
        super(violations.isEmpty() ? "no violations" : violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<RuleViolation> violations() {
        return violations;
    }

    /** Throws when the list is not empty. */
    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }
}
