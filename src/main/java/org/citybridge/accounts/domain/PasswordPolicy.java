package org.citybridge.accounts.domain;

import java.util.Locale;

import org.citybridge.shared.RuleViolation;

/** At least 10 characters, and not the username (nor containing it). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation(field, "account.error.passwordTooShort", MIN_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation(field, "account.error.passwordIsUsername");
        }
    }
}
