package org.citybridge.events.domain;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.shared.RuleViolation;

/** The problems of one input, gathered field by field so that all of them are shown at once. */
final class Problems {

    private final List<RuleViolation> found = new ArrayList<>();

    void add(String field, String messageKey, Object... args) {
        found.add(new RuleViolation(field, messageKey, args));
    }

    void add(RuleViolation violation) {
        found.add(violation);
    }

    void required(String field, Object value) {
        if (value == null) {
            add(field, "validation.required");
        }
    }

    /** Text up to {@code max} characters (after trimming), and not blank when required. */
    void text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            add(field, "validation.tooLongAt", max);
        }
    }

    List<RuleViolation> list() {
        return List.copyOf(found);
    }
}
