package org.citybridge.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.files.Upload;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** Articles in every state, written through the real services as an administrator. */
public class PortalWorld {

    /** The smallest valid PNG: one transparent pixel. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final ArticleEditing editing;
    private final PortalMedia media;
    private final JdbcClient jdbc;
    private final Clock clock;

    public PortalWorld(Fixtures fixtures, ArticleEditing editing, PortalMedia media, JdbcClient jdbc, Clock clock) {
        this.fixtures = fixtures;
        this.editing = editing;
        this.media = media;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long columnId(String slug) {
        return jdbc.sql("SELECT id FROM portal_column WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    public static String title(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    public ArticleDraft draft(String column, String title, String body, Instant publishAt, Instant expireAt) {
        return new ArticleDraft(columnId(column), title, "副标题" + title, "内江市人民政府办公室", "张三", "摘要：" + title,
                "联络工作,城市交流", body, null, publishAt, expireAt, List.of());
    }

    /** A draft in 联络工作 with a picture uploaded through the editor's media endpoint. */
    public long draftWithPicture(String title, UUID picture) {
        String body = "<p>正文" + title + "</p><figure><img src=\"/media/" + picture + "\" alt=\"会场照片\">"
                + "<figcaption>联络工作会议现场</figcaption></figure>";
        return fixtures.asAdmin(() -> editing.create(draft("liaison-work", title, body, null, null), null, List.of()));
    }

    public UUID picture() {
        return fixtures.asAdmin(() -> media.upload(new MockMultipartFile("file", "photo.png", "image/png", PNG)).id());
    }

    public long draft(String title) {
        return fixtures.asAdmin(() -> editing.create(draft("liaison-work", title, "<p>正文 " + title + "</p>", null, null),
                null, List.of()));
    }

    public long live(String title) {
        long id = draft(title);
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    public long liveWithAttachment(String title) {
        long id = fixtures.asAdmin(() -> editing.create(draft("liaison-work", title, "<p>正文</p>", null, null), null,
                List.of(new Upload("议程.pdf", "%PDF-1.4 agenda".getBytes()))));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    public long pending(String title) {
        long id = draft(title);
        fixtures.asAdmin(() -> {
            editing.submitForReview(id);
            return null;
        });
        return id;
    }

    public long withdrawn(String title) {
        long id = live(title);
        fixtures.asAdmin(() -> {
            editing.withdraw(id, "测试撤回");
            return null;
        });
        return id;
    }

    /** Published with a publish time an hour from now. */
    public long scheduled(String title) {
        Instant now = clock.instant();
        long id = fixtures.asAdmin(() -> editing.create(draft("liaison-work", title, "<p>定时</p>", now.plus(Duration.ofHours(1)), null),
                null, List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    /** Published two hours ago and taken down an hour ago. */
    public long expired(String title) {
        Instant now = clock.instant();
        long id = fixtures.asAdmin(() -> editing.create(draft("liaison-work", title, "<p>过期</p>", now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1))), null, List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    public UUID attachmentOf(long articleId) {
        return jdbc.sql("SELECT file_id FROM article_attachment WHERE article_id = :id").param("id", articleId)
                .query(UUID.class).single();
    }
}
