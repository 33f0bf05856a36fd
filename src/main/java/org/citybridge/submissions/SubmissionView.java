package org.citybridge.submissions;

import java.time.Instant;
import java.util.List;

import org.citybridge.files.StoredFile;

/** A report with its attachments and its whole history (every action and opinion). */
public record SubmissionView(long id, String cityCode, String cityName, String provinceCode, String provinceName,
                             SubmissionKind kind, String title, String bodyHtml, SubmissionStatus status,
                             Long authorPersonId, String authorName, String createdBy, Instant createdAt,
                             Instant updatedAt, Instant firstSubmittedAt, Instant submittedAt, Instant decidedAt,
                             Long columnId, Long articleId, List<StoredFile> attachments, List<ReviewEntry> history) {

    /** The opinion of the latest return or rejection, if that is where it stands. */
    public String latestOpinion() {
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewEntry entry = history.get(i);
            if (entry.action() == ReviewAction.RETURN || entry.action() == ReviewAction.REJECT) {
                return entry.opinion();
            }
            if (entry.action() == ReviewAction.SUBMIT) {
                return null;
            }
        }
        return null;
    }
}
