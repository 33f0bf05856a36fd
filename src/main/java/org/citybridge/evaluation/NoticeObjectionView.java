package org.citybridge.evaluation;

import java.time.Instant;

/**
 * An objection to the public notice (公示) as the secretariat recorded it: who raised it, what it says and about whom
 * (if one person), and the answer.
 */
public record NoticeObjectionView(long id, int year, Long commendationId, String raisedBy, String content,
                                  String answer, String recordedBy, Instant recordedAt, String answeredBy,
                                  Instant answeredAt) {
}
