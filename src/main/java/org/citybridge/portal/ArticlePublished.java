package org.citybridge.portal;

/** An article went onto the public site (or was changed while on it). */
public record ArticlePublished(long articleId) {
}
