package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every saved state of an article, with who saved it and why: the article's own states, and each saved pending
 * revision of a published one (note {@code revision}). Each entry knows the article's version (and the pending
 * revision's), so that the content an editor started from can be found again.
 */
@Component
class ArticleJournal {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleJournal(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Article article, String note, String by, Instant at) {
        record(article, note, null, by, at);
    }

    /** The article as it is now (flushed), with a reason for the step (a withdrawal's). */
    void record(Article article, String note, String reason, String by, Instant at) {
        List<String> attachments = jdbc.sql("SELECT file_id::text FROM article_attachment WHERE article_id = :id ORDER BY position")
                .param("id", article.id()).query(String.class).list();
        insert(article.id(), article.status(), article.title(), article.bodyHtml(),
                snapshot(article.columnId(), article.subtitle(), article.source(), article.author(), article.summary(),
                        article.keywords(), article.coverFileId(), article.coverAlt(), article.publishAt(), article.expireAt(), attachments),
                note, reason, by, at, article.version(), null);
    }

    /** A saved pending revision of a published article: its whole content, while the article stays as it is. */
    void recordRevision(Article article, ArticleDraft revision, long revisionVersion, String by, Instant at) {
        insert(article.id(), article.status(), revision.title().strip(), revision.bodyHtml(),
                snapshot(revision.columnId(), blankToNull(revision.subtitle()), blankToNull(revision.source()),
                        blankToNull(revision.author()), blankToNull(revision.summary()), blankToNull(revision.keywords()),
                        revision.coverFileId(), revision.coverFileId() == null ? null : blankToNull(revision.coverAlt()),
                        revision.publishAt(), revision.expireAt(),
                        revision.attachments().stream().map(UUID::toString).toList()),
                "revision", null, by, at, article.version(), revisionVersion);
    }

    /** The content an editor saw at this article version (and pending revision version, or none), if it was recorded. */
    Optional<ArticleDraft> contentAt(long articleId, long articleVersion, Long revisionVersion) {
        return jdbc.sql("""
                        SELECT title, body_html, snapshot::text AS snapshot FROM article_revision
                        WHERE article_id = :id AND article_version = :version AND revision_version IS NOT DISTINCT FROM CAST(:revision AS BIGINT)
                        ORDER BY id DESC LIMIT 1""")
                .param("id", articleId).param("version", articleVersion).param("revision", revisionVersion)
                .query((rs, n) -> content(rs.getString("title"), rs.getString("body_html"), rs.getString("snapshot")))
                .optional();
    }

    /** The content of one entry of the article's history. */
    Optional<ArticleDraft> content(long articleId, long revisionId) {
        return jdbc.sql("SELECT title, body_html, snapshot::text AS snapshot FROM article_revision WHERE article_id = :a AND id = :id")
                .param("a", articleId).param("id", revisionId)
                .query((rs, n) -> content(rs.getString("title"), rs.getString("body_html"), rs.getString("snapshot")))
                .optional();
    }

    private ArticleDraft content(String title, String body, String snapshotJson) {
        JsonNode snapshot = json.readTree(snapshotJson);
        List<UUID> attachments = new ArrayList<>();
        JsonNode files = snapshot.get("attachments");
        if (files != null && files.isArray()) {
            files.forEach(file -> attachments.add(UUID.fromString(file.asString())));
        }
        String cover = text(snapshot, "coverFileId");
        String column = text(snapshot, "columnId");
        return new ArticleDraft(column == null ? 0 : Long.parseLong(column), title, text(snapshot, "subtitle"),
                text(snapshot, "source"), text(snapshot, "author"), text(snapshot, "summary"), text(snapshot, "keywords"),
                body, cover == null ? null : UUID.fromString(cover), text(snapshot, "coverAlt"), instant(text(snapshot, "publishAt")),
                instant(text(snapshot, "expireAt")), attachments);
    }

    /** An instant as the snapshot holds it: ISO text, or seconds since the epoch. */
    static Instant instant(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (RuntimeException notIso) {
            return Instant.ofEpochMilli(Math.round(Double.parseDouble(value) * 1000));
        }
    }

    private static String text(JsonNode snapshot, String name) {
        JsonNode value = snapshot.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, Object> snapshot(long columnId, String subtitle, String source, String author, String summary,
                                                String keywords, UUID cover, String coverAlt, Instant publishAt, Instant expireAt,
                                                List<String> attachments) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("columnId", columnId);
        snapshot.put("subtitle", subtitle);
        snapshot.put("source", source);
        snapshot.put("author", author);
        snapshot.put("summary", summary);
        snapshot.put("keywords", keywords);
        snapshot.put("coverFileId", cover);
        snapshot.put("coverAlt", coverAlt);
        snapshot.put("publishAt", publishAt);
        snapshot.put("expireAt", expireAt);
        snapshot.put("attachments", attachments);
        return snapshot;
    }

    private void insert(long articleId, ArticleStatus status, String title, String body, Map<String, Object> snapshot,
                        String note, String reason, String by, Instant at, long articleVersion, Long revisionVersion) {
        jdbc.sql("""
                        INSERT INTO article_revision (article_id, status, title, body_html, snapshot, note, reason, changed_by,
                                                      changed_at, article_version, revision_version)
                        VALUES (:id, :status, :title, :body, :snapshot::jsonb, :note, :reason, :by, :at, :version, :revision)""")
                .param("id", articleId).param("status", status.name()).param("title", title)
                .param("body", body).param("snapshot", json.writeValueAsString(snapshot))
                .param("note", note).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("version", articleVersion).param("revision", revisionVersion)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
