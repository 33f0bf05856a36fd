package org.citybridge.portal;

/**
 * Where an article is read on the public site, and whether the public can read it right now (published, its publish
 * time passed and not expired); other modules link to it without reading the portal's tables.
 *
 * @param url the article page's path, e.g. {@code /article/12.html}
 */
public record ArticleLink(long id, String url, boolean live) {
}
