package org.citybridge.portal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.domain.ArticleDetails;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article form as editors fill it in.
 *
 * @param publishAt    empty: when it is published; later: scheduled
 * @param version      the version the editor started from
 * @param removedFiles attachments to take off
 */
record ArticleForm(Long columnId, String title, String subtitle, String source, String author, String summary,
                   String keywords, String bodyHtml, String coverAlt,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publishAt,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime expireAt,
                   Long version, Boolean removeCover, List<UUID> removedFiles) {

    ArticleForm {
        removeCover = Boolean.TRUE.equals(removeCover);
        removedFiles = removedFiles == null ? new ArrayList<>() : new ArrayList<>(removedFiles);
    }

    static ArticleForm blank(Long columnId) {
        return new ArticleForm(columnId, null, null, null, null, null, null, null, null, null, null, null, false, null);
    }

    static ArticleForm of(ArticleDetails a, ZoneId zone) {
        return new ArticleForm(a.columnId(), a.title(), a.subtitle(), a.source(), a.author(), a.summary(), a.keywords(),
                a.bodyHtml(), a.coverAlt(), a.publishAt() == null ? null : LocalDateTime.ofInstant(a.publishAt(), zone),
                a.expireAt() == null ? null : LocalDateTime.ofInstant(a.expireAt(), zone), a.version(), false, null);
    }

    /** The draft without files: the cover and attachments are the service's to keep. */
    ArticleDraft draft(ZoneId zone) {
        return new ArticleDraft(columnId == null ? 0 : columnId, title, subtitle, source, author, summary, keywords, bodyHtml,
                null, coverAlt, publishAt == null ? null : publishAt.atZone(zone).toInstant(),
                expireAt == null ? null : expireAt.atZone(zone).toInstant(), List.of());
    }
}
