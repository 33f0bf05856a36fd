package org.citybridge.submissions;

import java.time.LocalDate;
import java.util.List;

/** Adoption figures: for the statistics page and, later, the annual evaluation. */
public interface SubmissionStatistics {

    /**
     * Every city with at least one report first submitted between {@code from} and {@code to} (inclusive, in the
     * deployment's time zone), by city code. Cities missing from the list submitted nothing. No scope check: this
     * is for other modules, which decide themselves who sees the figures.
     */
    List<CityFigures> cityFigures(LocalDate from, LocalDate to);
}
