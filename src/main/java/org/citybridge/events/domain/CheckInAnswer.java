package org.citybridge.events.domain;

import java.time.Instant;

/**
 * Who was scanned and since when they are checked in: {@code first} when this scan checked them in (also when the same
 * scan, by its client id, is sent again), false when they already were, with the time, person and station of the scan
 * that did ("已于 09:12 由 X 签到").
 *
 * @param session the session attended, null for the event itself
 * @param by      the name of who checked them in
 */
public record CheckInAnswer(long delegateId, String delegateName, String cityName, String provinceName, Long session,
                            boolean first, Instant at, String by, String station) {
}
