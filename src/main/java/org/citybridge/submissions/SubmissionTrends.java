package org.citybridge.submissions;

import java.time.YearMonth;
import java.util.List;

/** Figures over the months, within the caller's scope (the secretariat, or a province coordinator's province). */
public interface SubmissionTrends {

    /**
     * The reports adopted in each month from {@code first} to {@code last} (by the date of adoption, in the
     * deployment's time zone); months without adoptions left out.
     */
    List<MonthlyAdoptions> adoptedPerMonth(YearMonth first, YearMonth last);
}
