package org.citybridge.evaluation;

import java.time.Instant;

/** The province coordinator's opinion on a city's year. */
public record OpinionView(int year, String cityCode, String opinion, String writtenBy, Instant writtenAt) {
}
