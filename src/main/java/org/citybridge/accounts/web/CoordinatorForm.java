package org.citybridge.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The form as posted, read from the request's parameters: for showing a form again whose binding failed (an
     * account id that is not a number, say), that value left empty and its error kept on its field.
     */
    static CoordinatorForm fromParameters(Map<String, String[]> parameters) {
        List<CoordinatorChoice> choices = new ArrayList<>();
        for (int i = 0; parameters.containsKey("choices[" + i + "].provinceCode"); i++) {
            choices.add(new CoordinatorChoice(first(parameters, "choices[" + i + "].provinceCode"),
                    number(first(parameters, "choices[" + i + "].accountId"))));
        }
        return new CoordinatorForm(choices, first(parameters, "fingerprint"));
    }

    CoordinatorForm withFingerprint(String fingerprint) {
        return new CoordinatorForm(choices, fingerprint);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
