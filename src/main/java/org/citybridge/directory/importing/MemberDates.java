package org.citybridge.directory.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member-since date as people write it: 2025-3-1, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301 or an Excel serial. */
final class MemberDates {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");
    /** Day 0 of Excel's 1900 date system, as its serials count after the leap-year bug of 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private MemberDates() {
    }

    static Optional<LocalDate> parse(String text) {
        String value = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        try {
            Matcher written = WRITTEN.matcher(value);
            if (written.matches()) {
                return Optional.of(date(written));
            }
            Matcher compact = COMPACT.matcher(value);
            if (compact.matches()) {
                return Optional.of(date(compact));
            }
            if (SERIAL.matcher(value).matches()) {
                long days = (long) Double.parseDouble(value);
                return days > 0 ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
            }
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(Matcher parts) {
        return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)));
    }
}
