package org.citybridge.evaluation.report;

import java.util.Map;
import java.util.Optional;

/**
 * The liaisons commended for a year, counted by city code, for the work report; empty while the year's list is not
 * decided, so that the report says the commendations are not recorded instead of printing a zero.
 */
public interface YearCommendations {

    Optional<Map<String, Long>> commendedByCity(int year);
}
