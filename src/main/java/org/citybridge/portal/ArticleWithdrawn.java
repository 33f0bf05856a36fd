package org.citybridge.portal;

/** An article left the public site. */
public record ArticleWithdrawn(long articleId) {
}
