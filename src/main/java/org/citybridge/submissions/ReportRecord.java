package org.citybridge.submissions;

import java.time.Instant;

/**
 * One report a city submitted, as a year's work record: one record however often it was returned and sent again, with
 * its final outcome.
 *
 * @param submittedBy    the username that wrote it
 * @param authorPersonId the liaison it names as its author, when known
 * @param returned       whether the secretariat returned it at least once (and the city sent it again, or may)
 * @param adoptedAt      when it was adopted; null when it was not
 * @param published      whether its article is live on the portal now
 * @param hits           its article's hit count (点击数); 0 without an article
 */
public record ReportRecord(long id, String title, String cityCode, String submittedBy, Long authorPersonId,
                           String authorName, Instant firstSubmittedAt, SubmissionStatus status, boolean returned,
                           Instant adoptedAt, Long articleId, boolean published, long hits) {
}
