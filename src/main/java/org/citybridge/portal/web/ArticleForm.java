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
 * @param coverAlt        the cover picture's own description
 * @param publishAt       empty: when it is published; later: scheduled
 * @param version         the version the editor started from
 * @param removedFiles    attachments to take off
 * @param revisionVersion the version of the pending revision the editor started from, empty when there was none
 */
record ArticleForm(Long columnId, String title, String subtitle, String source, String author, String summary,
                   String keywords, String bodyHtml, String coverAlt,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publishAt,
                   @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime expireAt,
                   Long version, Boolean removeCover, List<UUID> removedFiles, Long revisionVersion) {

    ArticleForm {
        removeCover = Boolean.TRUE.equals(removeCover);
        removedFiles = removedFiles == null ? new ArrayList<>() : new ArrayList<>(removedFiles);
    }

    static ArticleForm blank(Long columnId) {
        return new ArticleForm(columnId, null, null, null, null, null, null, null, null, null, null, null, false, null, null);
    }

    /** The article as edited, with its pending revision's version when it has one. */
    static ArticleForm of(ArticleDetails a, Long revisionVersion, ZoneId zone) {
        return new ArticleForm(a.columnId(), a.title(), a.subtitle(), a.source(), a.author(), a.summary(), a.keywords(),
                a.bodyHtml(), a.coverAlt(), local(a.publishAt(), zone), local(a.expireAt(), zone), a.version(), false, null,
                revisionVersion);
    }

    /** This content (the editor's, merged) to be saved against these versions. */
    ArticleForm with(ArticleDraft content, long articleVersion, Long pendingVersion, ZoneId zone) {
        return new ArticleForm(content.columnId(), content.title(), content.subtitle(), content.source(), content.author(),
                content.summary(), content.keywords(), content.bodyHtml(), content.coverAlt(), local(content.publishAt(), zone),
                local(content.expireAt(), zone), articleVersion, removeCover, removedFiles, pendingVersion);
    }

    private static LocalDateTime local(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** The draft without files: the cover and attachments are the service's to keep. */
    ArticleDraft draft(ZoneId zone) {
        return new ArticleDraft(columnId == null ? 0 : columnId, title, subtitle, source, author, summary, keywords, bodyHtml,
                null, coverAlt, publishAt == null ? null : publishAt.atZone(zone).toInstant(),
                expireAt == null ? null : expireAt.atZone(zone).toInstant(), List.of());
    }
}
