package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.List;

import org.citybridge.portal.ArticleStatus;

/**
 * One saved state of an article and what changed against the one before.
 *
 * @param changes     field by field: label key, before, after
 * @param bodyChanged whether the body differs from the previous revision
 * @param bodyBefore  the previous body as plain text, when it changed
 * @param bodyAfter   this body as plain text, when it changed
 * @param reason      why the step was taken (a withdrawal's reason), if given
 * @param bodyDiff    the body's change by words and pictures as safe HTML ({@link RevisionDiff}), when it changed
 */
public record RevisionView(long id, ArticleStatus status, String note, String changedBy, Instant changedAt,
                           List<FieldChange> changes, boolean bodyChanged, String bodyBefore, String bodyAfter,
                           String reason, String bodyDiff) {

    /** A field's value before and after, as people read it (the cover and status as stored: an id, a status name). */
    public record FieldChange(String field, String before, String after) {

        /** The change by words, as safe HTML. */
        public String diff() {
            return RevisionDiff.texts(before, after);
        }
    }
}
