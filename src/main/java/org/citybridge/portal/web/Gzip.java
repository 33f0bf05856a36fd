package org.citybridge.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A page's bytes compressed with gzip the first time a reader's browser takes them, then kept with the page (a page
 * rendered for one search nobody asks again is never compressed); and what a request's {@code Accept-Encoding} says
 * of gzip.
 */
final class Gzip {

    private final byte[] body;
    private volatile byte[] compressed;

    Gzip(byte[] body) {
        this.body = body;
    }

    /** Compressed once; two readers asking at the same moment may both compress, and either result is kept. */
    byte[] bytes() {
        byte[] kept = compressed;
        if (kept == null) {
            kept = compress(body);
            compressed = kept;
        }
        return kept;
    }

    private static byte[] compress(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
