package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.citybridge.portal.ArticleDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pending revisions of published articles ({@code article_pending_revision}): at most one per article, saved
 * again by further edits, applied by publishing it or discarded. Readers never see them: every public read goes to
 * the article itself.
 */
@Component
public class PendingRevisions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PortalAccess access;

    PendingRevisions(JdbcClient jdbc, JsonMapper json, PortalAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    /** The article's pending revision, for editors. */
    @Transactional(readOnly = true)
    public Optional<PendingRevision> of(long articleId) {
        access.requireEditorial();
        return find(articleId);
    }

    Optional<PendingRevision> find(long articleId) {
        return jdbc.sql("""
                        SELECT article_id, draft::text AS draft, based_on_version, edited_by, edited_at, version
                        FROM article_pending_revision WHERE article_id = :id""")
                .param("id", articleId)
                .query((rs, n) -> new PendingRevision(rs.getLong("article_id"), json.readValue(rs.getString("draft"), ArticleDraft.class),
                        rs.getLong("based_on_version"), rs.getString("edited_by"), rs.getTimestamp("edited_at").toInstant(),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Saves the article's pending revision, a new one or over the one there is.
     *
     * @param draft the whole article as edited, its body sanitized
     * @return the revision's version now
     */
    long save(long articleId, ArticleDraft draft, long basedOnVersion, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO article_pending_revision (article_id, draft, based_on_version, edited_by, edited_at)
                        VALUES (:id, :draft::jsonb, :based, :by, :at)
                        ON CONFLICT (article_id) DO UPDATE SET draft = EXCLUDED.draft, based_on_version = EXCLUDED.based_on_version,
                            edited_by = EXCLUDED.edited_by, edited_at = EXCLUDED.edited_at,
                            version = article_pending_revision.version + 1
                        RETURNING version""")
                .param("id", articleId).param("draft", json.writeValueAsString(draft)).param("based", basedOnVersion)
                .param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Takes the revision away; whether there was one. */
    boolean remove(long articleId) {
        return jdbc.sql("DELETE FROM article_pending_revision WHERE article_id = :id").param("id", articleId).update() > 0;
    }

    /** Keeps a pending revision in the column its article was moved to, so that publishing it does not move it back. */
    void moveToColumn(long articleId, long columnId) {
        jdbc.sql("UPDATE article_pending_revision SET draft = jsonb_set(draft, '{columnId}', to_jsonb(CAST(:column AS BIGINT)))"
                        + " WHERE article_id = :id")
                .param("id", articleId).param("column", columnId).update();
    }
}
