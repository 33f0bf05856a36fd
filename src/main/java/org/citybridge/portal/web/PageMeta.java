package org.citybridge.portal.web;

/** The government-site page metadata (SiteName, ColumnName, ArticleTitle, PubDate, ContentSource, Keywords, Description). */
record PageMeta(String columnName, String articleTitle, String pubDate, String contentSource, String keywords,
                String description) {
}
