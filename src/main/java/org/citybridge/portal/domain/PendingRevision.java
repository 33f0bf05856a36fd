package org.citybridge.portal.domain;

import java.time.Instant;

import org.citybridge.portal.ArticleDraft;

/**
 * A correction of a published article that readers do not see yet.
 *
 * @param draft          the whole edited article: fields, sanitized body, cover and attachments
 * @param basedOnVersion the article's version it was written against
 * @param version        its own version, for its editors' conflicts
 */
public record PendingRevision(long articleId, ArticleDraft draft, long basedOnVersion, String editedBy, Instant editedAt,
                              long version) {
}
