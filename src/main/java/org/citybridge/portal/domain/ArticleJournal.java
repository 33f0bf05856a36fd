package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps every saved state of an article, with who saved it and why. */
@Component
class ArticleJournal {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleJournal(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Article article, String note, String by, Instant at) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("columnId", article.columnId());
        snapshot.put("subtitle", article.subtitle());
        snapshot.put("source", article.source());
        snapshot.put("author", article.author());
        snapshot.put("summary", article.summary());
        snapshot.put("keywords", article.keywords());
        snapshot.put("coverFileId", article.coverFileId());
        snapshot.put("coverAlt", article.coverAlt());
        snapshot.put("publishAt", article.publishAt());
        snapshot.put("expireAt", article.expireAt());
        snapshot.put("attachments", jdbc.sql("SELECT file_id::text FROM article_attachment WHERE article_id = :id ORDER BY position")
                .param("id", article.id()).query(String.class).list());
        jdbc.sql("""
                        INSERT INTO article_revision (article_id, status, title, body_html, snapshot, note, changed_by, changed_at)
                        VALUES (:id, :status, :title, :body, :snapshot::jsonb, :note, :by, :at)""")
                .param("id", article.id()).param("status", article.status().name()).param("title", article.title())
                .param("body", article.bodyHtml()).param("snapshot", json.writeValueAsString(snapshot))
                .param("note", note).param("by", by).param("at", Timestamp.from(at))
                .update();
    }
}
