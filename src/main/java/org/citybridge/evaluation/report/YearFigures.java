package org.citybridge.evaluation.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's figures for the work report: nationwide, by province (those with member cities, by code) and by event.
 *
 * @param asOf the day coverage and overdue tasks are counted on: the year's last day, or today while the year runs
 */
public record YearFigures(int year, LocalDate asOf, Tally nationwide, List<ProvinceTally> provinces, List<EventLine> events) {

    /** Whether the year's commendations are recorded (the seam {@link YearCommendations} is filled). */
    public boolean commendationsRecorded() {
        return nationwide.commended() != null;
    }
}
