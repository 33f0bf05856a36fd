package org.citybridge.accounts.web;

import java.util.List;

import org.citybridge.accounts.domain.CoordinatorChoice;

/** The coordinator assignment form: one choice per province, and, once previewed, the plan's fingerprint. */
record CoordinatorForm(List<CoordinatorChoice> choices, String fingerprint) {

    CoordinatorForm {
        choices = choices == null ? List.of() : choices;
    }

    /** Every province given, each left as it is. */
    static CoordinatorForm unchanged(List<String> provinceCodes) {
        return new CoordinatorForm(provinceCodes.stream().map(code -> new CoordinatorChoice(code, null)).toList(), null);
    }

    CoordinatorForm withFingerprint(String fingerprint) {
        return new CoordinatorForm(choices, fingerprint);
    }
}
