package org.citybridge.platform;

import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleRefusal;
import org.springframework.validation.BindingResult;

/** Puts a business rule's refusal onto a form, on its field when it names one. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        if (violation.field() != null && result.getFieldType(violation.field()) != null) {
            result.rejectValue(violation.field(), violation.messageKey(), violation.args(), violation.messageKey());
        } else {
            result.reject(violation.messageKey(), violation.args(), violation.messageKey());
        }
    }

    public static void reject(BindingResult result, RuleRefusal refusal) {
        refusal.violations().forEach(violation -> reject(result, violation));
    }
}
