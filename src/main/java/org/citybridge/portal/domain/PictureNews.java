package org.citybridge.portal.domain;

import java.time.Instant;

/** A live article with a cover picture, for the home page's 图片新闻. */
public record PictureNews(long id, String title, ArticleCover cover, Instant publishAt) {
}
