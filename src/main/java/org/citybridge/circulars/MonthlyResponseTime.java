package org.citybridge.circulars;

import java.time.YearMonth;

/**
 * How fast cities answered the circulars expecting a reply that were issued in one month.
 *
 * @param circulars   such circulars issued that month
 * @param replies     their deliveries replied so far
 * @param medianHours the median time from issue (delivery) to first reply, in hours; null without replies
 */
public record MonthlyResponseTime(YearMonth month, long circulars, long replies, Double medianHours) {
}
