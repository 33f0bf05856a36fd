package org.citybridge.evaluation.report;

import java.util.Map;

/**
 * The seam through which the commendation feature (表彰, not on this branch) gives the work report its figure: the
 * liaisons commended for a year, counted by city code. Without a bean of this type the report says that the year's
 * commendations are not recorded in CityBridge, instead of printing a zero.
 */
public interface YearCommendations {

    Map<String, Long> commendedByCity(int year);
}
