package org.citybridge.evaluation.domain;

import java.util.regex.Pattern;

/** Certificate serials as the association numbers its documents: 市协联证〔2026〕第001号 (prefix, year, number in the year). */
public final class CertificateSerials {

    private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}]{1,20}");

    private CertificateSerials() {
    }

    public static String serial(String prefix, int year, int number) {
        return prefix + "〔" + year + "〕第" + String.format("%03d", number) + "号";
    }

    /** Letters, Chinese characters and digits only, so that a serial reads unambiguously. */
    public static boolean validPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }
}
