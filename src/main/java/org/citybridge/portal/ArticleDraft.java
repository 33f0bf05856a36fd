package org.citybridge.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an article consists of when it is written or adopted from a city's report.
 *
 * @param bodyHtml    rich text; pictures as {@code <figure><img src="/media/{id}" alt=".."><figcaption>..</figcaption></figure>}
 * @param coverAlt    the cover picture's own text alternative (封面图片说明), required with a cover
 * @param publishAt   when it appears on the site; null means now when it is published
 * @param expireAt    when it leaves the site again, if ever
 * @param attachments stored files offered for download under the article
 */
public record ArticleDraft(long columnId, String title, String subtitle, String source, String author, String summary,
                           String keywords, String bodyHtml, UUID coverFileId, String coverAlt, Instant publishAt,
                           Instant expireAt, List<UUID> attachments) {

    public ArticleDraft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A draft without a cover description: adopted reports and event articles, which come without a cover. */
    public ArticleDraft(long columnId, String title, String subtitle, String source, String author, String summary,
                        String keywords, String bodyHtml, UUID coverFileId, Instant publishAt, Instant expireAt,
                        List<UUID> attachments) {
        this(columnId, title, subtitle, source, author, summary, keywords, bodyHtml, coverFileId, null, publishAt, expireAt,
                attachments);
    }
}
