package org.citybridge.portal.web;

/** What a request's {@code Accept-Encoding} says of gzip. */
final class Gzip {

    private Gzip() {
    }

    /** Whether gzip (or any coding, {@code *}) is listed without being refused by a weight of zero. */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim();
            if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) == 0;
                } catch (NumberFormatException unreadable) {
                    return true;
                }
            }
        }
        return false;
    }
}
