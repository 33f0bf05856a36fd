package org.citybridge.submissions;

import java.time.Instant;

/** One step of a report's history as the city and the secretariat see it. */
public record ReviewEntry(long id, ReviewAction action, SubmissionStatus fromStatus, SubmissionStatus toStatus,
                          String opinion, String actor, Instant at, Long articleId) {
}
