package org.citybridge.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share written as a percentage with one decimal ("87.5%"), or a dash when there is nothing to share. */
final class Percent {

    static final String NONE = "—";

    private Percent() {
    }

    static String of(long part, long whole) {
        if (whole == 0) {
            return NONE;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
