package org.citybridge.portal.web;

import java.util.List;
import java.util.stream.Collectors;

import org.citybridge.portal.domain.ColumnNode;

/**
 * The page metadata Chinese government sites carry in {@code <head>}, besides the site's own (SiteName, SiteDomain,
 * SiteIDCode, from the settings): for column pages ColumnName, ColumnType (the top column the page belongs to, which
 * says what kind of information it is) and ColumnKeywords (the names of the columns from the top down); for article
 * pages these of its column and ArticleTitle, PubDate, ContentSource, Keywords, Author, Description, Image (the cover,
 * as an absolute URL) and Url (the page's own address). A value that is null is left out of the page.
 */
record PageMeta(String columnName, String columnType, String columnKeywords, String articleTitle, String pubDate,
                String contentSource, String keywords, String author, String description, String image, String url) {

    /** The metadata of a column's page, from the columns from the top down to it. */
    static PageMeta ofColumn(List<ColumnNode> trail, String description, String url) {
        ColumnNode column = trail.get(trail.size() - 1);
        return new PageMeta(column.name(), trail.get(0).name(), columnKeywords(trail), null, null, null, null, null,
                description, null, url);
    }

    /** This column page's metadata with an article's own. */
    PageMeta withArticle(String title, String publishedAt, String source, String articleKeywords, String articleAuthor,
                         String articleDescription, String imageUrl) {
        return new PageMeta(columnName, columnType, columnKeywords, title, publishedAt, source, articleKeywords,
                articleAuthor, articleDescription, imageUrl, url);
    }

    private static String columnKeywords(List<ColumnNode> trail) {
        return trail.stream().map(ColumnNode::name).collect(Collectors.joining(","));
    }
}
