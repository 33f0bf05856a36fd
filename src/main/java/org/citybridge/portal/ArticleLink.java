package org.citybridge.portal;

/**
 * Where an article is read on the public site, and whether the public can read it right now (published, its publish
 * time passed and not expired); other modules link to it without reading the portal's tables.
 *
 * @param url     the article page's path, e.g. {@code /article/12.html}
 * @param editUrl where an editor works on it, e.g. {@code /admin/portal/articles/12/edit}
 */
public record ArticleLink(long id, String url, boolean live, ArticleStatus status, String editUrl) {
}
