package org.citybridge.portal.domain;

import java.time.Instant;

import org.citybridge.portal.ArticleStatus;

/** One article in a listing. */
public record ArticleRow(long id, String title, long columnId, String columnName, String columnSlug, ArticleStatus status,
                         Instant publishAt, Instant expireAt, String updatedBy, Instant updatedAt, String summary) {
}
