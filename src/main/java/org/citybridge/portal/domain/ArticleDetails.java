package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citybridge.files.AttachmentView;
import org.citybridge.portal.ArticleStatus;

/**
 * An article with everything its page and its form show.
 *
 * @param coverAlt  the cover picture's own text alternative (封面图片说明)
 * @param trail the columns from the top column down to the article's own
 * @param live      shown to the public right now
 * @param scheduled published, but its publish time is still to come
 */
public record ArticleDetails(long id, long columnId, String title, String subtitle, String source, String author,
                             String summary, String keywords, String bodyHtml, UUID coverFileId, String coverAlt,
                             ArticleStatus status,
                             Instant publishAt, Instant expireAt, String origin, String createdBy, Instant createdAt,
                             String updatedBy, Instant updatedAt, long version, List<ColumnNode> trail,
                             List<AttachmentView> attachments, boolean live,
                             boolean scheduled) {

    /** This article with its column trail and attachments, which are read apart from its row. */
    ArticleDetails with(List<ColumnNode> columnTrail, List<AttachmentView> files) {
        return new ArticleDetails(id, columnId, title, subtitle, source, author, summary, keywords, bodyHtml, coverFileId, coverAlt, status,
                publishAt, expireAt, origin, createdBy, createdAt, updatedBy, updatedAt, version, columnTrail, files, live, scheduled);
    }

    /** Published, but its expiry has passed. */
    public boolean expired() {
        return status == ArticleStatus.PUBLISHED && !live && !scheduled;
    }

    public ColumnNode column() {
        return trail.get(trail.size() - 1);
    }

    /**
     * The nearest column of its trail whose page the public can open (its own column, or the closest visible one
     * above it), for 返回栏目; null when every one is hidden.
     */
    public ColumnNode nearestVisibleColumn() {
        for (int i = trail.size() - 1; i >= 0; i--) {
            if (trail.get(i).visible()) {
                return trail.get(i);
            }
        }
        return null;
    }

    public String columnPath() {
        return column().path();
    }

    /** Keywords as a list, split on commas, semicolons and spaces of either script. */
    public List<String> keywordList() {
        return keywords == null ? List.of() : List.of(keywords.split("[,，;；、\\s]+")).stream().filter(k -> !k.isBlank()).toList();
    }
}
