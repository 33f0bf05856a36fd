package org.citybridge.directory;

/**
 * What people type into spreadsheets and forms, written one way: full-width letters, digits and signs (Ａ１－) as their
 * ASCII forms, the ideographic space as a space, runs of spaces as one, no spaces at either end.
 */
public final class TypedText {

    private static final char FULL_WIDTH_FIRST = '！';
    private static final char FULL_WIDTH_LAST = '～';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private TypedText() {
    }

    /** Full-width ASCII forms and the ideographic space as their half-width forms; everything else as it is. */
    public static String halfWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                result.append((char) (c - FULL_WIDTH_FIRST + '!'));
            } else if (c == IDEOGRAPHIC_SPACE || c == '\u00A0') {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Half-width, stray spaces trimmed and runs of whitespace (also line breaks inside a cell) as one space. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        return halfWidth(text).replaceAll("\\s+", " ").strip();
    }

    /** A Chinese name spaced out to line up in a table ("张　伟", "张 伟") as written: "张伟"; other names only tidied. */
    public static String personName(String text) {
        String tidied = tidy(text);
        return tidied.matches("[\\p{IsHan}·• ]+") ? tidied.replace(" ", "") : tidied;
    }
}
