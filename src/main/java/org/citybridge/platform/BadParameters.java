package org.citybridge.platform;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The one wording for a query parameter whose value cannot be read, shared by pages and the API. */
final class BadParameters {

    private static final int MAX_SHOWN = 60;

    private BadParameters() {
    }

    static String describe(MessageSource messages, TypeMismatchException e, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return describe(messages, name, e.getValue(), locale);
    }

    static String describe(MessageSource messages, String parameter, Object value, Locale locale) {
        return messages.getMessage("error.badParameter", new Object[]{parameter == null ? "?" : parameter, shown(value)}, locale);
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] values ? String.join(",", Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }
}
