package org.citybridge.portal.domain;

import java.util.List;

/** An article as its public page shows it, with the live articles before and after it in its column ([previous, next], either may be null). */
public record ArticlePage(ArticleDetails article, List<ArticleRow> neighbours) {
}
