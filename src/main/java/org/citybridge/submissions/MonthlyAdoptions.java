package org.citybridge.submissions;

import java.time.YearMonth;

/** The reports adopted in one month. */
public record MonthlyAdoptions(YearMonth month, long adopted) {
}
