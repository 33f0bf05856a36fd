package org.citybridge.shared;

import java.util.List;

/** A business rule refused the change; {@code field} names the form field it concerns, if any. */
public class RuleViolation extends RuleRefusal {

    private final String field;
    private final String messageKey;
    private final Object[] args;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static RuleViolation of(String messageKey, Object... args) {
        return new RuleViolation(null, messageKey, args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    @Override
    public List<RuleViolation> violations() {
        return List.of(this);
    }
}
