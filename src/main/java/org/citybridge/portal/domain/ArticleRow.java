package org.citybridge.portal.domain;

import java.time.Instant;

import org.citybridge.portal.ArticleStatus;

/** One article in a listing. */
public record ArticleRow(long id, String title, long columnId, String columnName, String columnSlug, ArticleStatus status,
                         Instant publishAt, Instant expireAt, String updatedBy, Instant updatedAt, String summary) {

    /** Its state at that moment: a published article may be live, scheduled or expired. */
    public ArticleState stateAt(Instant now) {
        return ArticleState.of(status, publishAt, expireAt, now);
    }
}
