package org.citybridge.shared;

import java.util.Locale;

/** Enum constants as the API writes them: lower case, e.g. {@code accept} for {@code ACCEPT}. */
public final class EnumCodes {

    private EnumCodes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code accept}, {@code ACCEPT} and the like; null for anything else. */
    public static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
