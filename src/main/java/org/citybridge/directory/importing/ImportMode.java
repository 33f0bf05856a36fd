package org.citybridge.directory.importing;

import java.util.Arrays;

import org.citybridge.shared.RuleViolation;

/** What an import commits: nothing, the valid rows, or every row provided none has an error. */
public enum ImportMode {
    PREVIEW("preview"), VALID_ONLY("valid-only"), ALL_OR_NOTHING("all-or-nothing");

    private final String code;

    ImportMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ImportMode parse(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(mode -> mode.code.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new RuleViolation("mode", "import.error.unknownMode", wanted));
    }

    boolean commits(boolean allRowsValid) {
        return switch (this) {
            case PREVIEW -> false;
            case VALID_ONLY -> true;
            case ALL_OR_NOTHING -> allRowsValid;
        };
    }
}
