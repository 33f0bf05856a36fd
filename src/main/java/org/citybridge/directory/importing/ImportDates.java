package org.citybridge.directory.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them in a roster or a member list: 2025-3-1, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301, with or
 * without a time of day after them, or an Excel serial number (a date cell that lost its format: 45717 or 45717.0 for 2025-03-01).
 */
final class ImportDates {

    private static final List<DateTimeFormatter> FORMATS = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuuMMdd")
            .stream().map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(\\S+)\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern SERIAL = Pattern.compile("^(\\d{5})(\\.0+)?$");
    /** Excel's day 0 as its 1900 date system counts (it believes 1900 was a leap year, so day 60 is off by one). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials from 1950 to 2100: a five-digit number in a date column outside them is not a date. */
    private static final int FIRST_SERIAL = 18_264;
    private static final int LAST_SERIAL = 73_051;

    private ImportDates() {
    }

    static Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher withTime = TIME_OF_DAY.matcher(value);
        if (withTime.matches()) {
            value = withTime.group(1);
        }
        Matcher serialNumber = SERIAL.matcher(value);
        if (serialNumber.matches()) {
            int serial = Integer.parseInt(serialNumber.group(1));
            return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisFormat) {
                // the next format may fit
            }
        }
        return Optional.empty();
    }
}
