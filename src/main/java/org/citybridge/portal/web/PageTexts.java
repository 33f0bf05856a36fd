package org.citybridge.portal.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The application's texts in one reader's language, for the parts of public pages written without a template. */
record PageTexts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
