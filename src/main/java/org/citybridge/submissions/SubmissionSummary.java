package org.citybridge.submissions;

import java.time.Instant;

/** A report in a list: the review queue or a city's own reports. */
public record SubmissionSummary(long id, String cityCode, String cityName, String provinceCode, String provinceName,
                                SubmissionKind kind, String title, SubmissionStatus status, String authorName,
                                Instant submittedAt, Instant updatedAt, Long articleId) {
}
