package org.citybridge.accounts.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.citybridge.shared.RuleViolation;

/**
 * Where an account is told things by mail and in which language: an address (optional, trimmed, at most 254
 * characters) and {@code zh-CN} or {@code en}. A blank address means none; no language means Chinese.
 */
public record MailContact(String email, String language) {

    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public MailContact {
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation("email", "account.error.email", EMAIL_MAX);
        }
        language = language == null || language.isBlank() ? LANGUAGES.get(0) : language.strip();
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("language", "account.error.language");
        }
    }

    public static MailContact none() {
        return new MailContact(null, null);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
