package org.citybridge.events.web;

import java.util.List;

import org.citybridge.platform.FormErrors;
import org.citybridge.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts the rules' refusals onto a form, leaving a field that already shows an error (a malformed date) as it is. */
final class FormProblems {

    private FormProblems() {
    }

    static void reject(BindingResult result, List<RuleViolation> problems) {
        for (RuleViolation problem : problems) {
            if (problem.field() == null || !result.hasFieldErrors(problem.field())) {
                FormErrors.reject(result, problem);
            }
        }
    }
}
