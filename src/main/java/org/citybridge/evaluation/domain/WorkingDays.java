package org.citybridge.evaluation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days as the public notice (公示) counts them: Monday to Friday. Public holidays and the weekends worked in
 * their place (调休) are not known to the application; a notice that runs over a holiday is given more days by hand.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The first day after a notice of {@code days} working days published on {@code publishedOn}: the days are counted
     * from the day after publication, and the notice ends when the last of them is over.
     */
    public static LocalDate endOfNotice(LocalDate publishedOn, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a notice runs at least one working day: " + days);
        }
        LocalDate day = publishedOn;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1);
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
