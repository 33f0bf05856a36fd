package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citybridge.portal.domain.ReviewLifecycle.Reviewer;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the signed-in editor's review, the longest waiting first; and the review state of listed articles. */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /**
     * An article, or a published article's pending revision, waiting at a level.
     *
     * @param title      the article's, or the revision's
     * @param columnName the column whose review it passes
     * @param author     who wrote it (created the article)
     * @param levelSince when it reached this level
     * @param waited     how long it has waited at this level
     * @param revision   whether it is a published article's pending revision (修订)
     */
    public record Item(long articleId, String title, String columnName, int level, int levels, String author,
                       String submittedBy, Instant submittedAt, Instant levelSince, Duration waited, boolean revision) {

        public String levelKey() {
            return ReviewStatus.levelKey(level);
        }
    }

    private final JdbcClient jdbc;
    private final PortalAccess access;
    private final ReviewStore store;
    private final Clock clock;

    ReviewQueue(JdbcClient jdbc, PortalAccess access, ReviewStore store, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every article and pending revision the signed-in editor may approve now, the longest waiting at its level first.
     * A revision is reviewed in the column it will be published in when that column has review, else in the article's
     * ({@link ColumnReviews#forPublishing}).
     */
    public List<Item> waitingForMe() {
        Actor actor = access.requireEditorial();
        String me = actor.username().toLowerCase(Locale.ROOT);
        boolean administrator = actor.role() == Role.ADMIN;
        Instant now = clock.instant();
        return jdbc.sql("""
                        WITH waiting AS (
                            SELECT r.*, a.created_by, p.article_id IS NOT NULL AS revision,
                                   coalesce(p.draft ->> 'title', a.title) AS title,
                                   CASE WHEN EXISTS (SELECT 1 FROM column_review x
                                                     WHERE x.column_id = CAST(p.draft ->> 'columnId' AS BIGINT) AND x.levels > 0)
                                        THEN CAST(p.draft ->> 'columnId' AS BIGINT) ELSE a.column_id END AS review_column
                            FROM article_review r JOIN article a ON a.id = r.article_id
                                 LEFT JOIN article_pending_revision p ON p.article_id = a.id AND a.status = 'PUBLISHED'
                            WHERE r.state = 'IN_REVIEW' AND (a.status = 'PENDING' OR p.article_id IS NOT NULL))
                        SELECT w.article_id, w.title, c.name AS column_name, w.current_level, w.levels, w.created_by,
                               w.submitted_by, w.submitted_at, w.level_since, w.revision,
                               EXISTS (SELECT 1 FROM column_reviewer v WHERE v.column_id = w.review_column
                                       AND v.level = w.current_level AND v.username = :me) AS assigned,
                               coalesce(cr.author_may_review, FALSE) AS author_may_review,
                               ARRAY (SELECT lower(d.decided_by) FROM article_review_decision d WHERE d.article_id = w.article_id
                                      AND d.round = w.round AND d.decision = 'APPROVED') AS approvers
                        FROM waiting w JOIN portal_column c ON c.id = w.review_column
                             LEFT JOIN column_review cr ON cr.column_id = w.review_column
                        WHERE :administrator OR EXISTS (SELECT 1 FROM column_reviewer v WHERE v.column_id = w.review_column
                                                        AND v.level = w.current_level AND v.username = :me)
                        ORDER BY w.level_since, w.article_id""")
                .param("me", me).param("administrator", administrator)
                .query((rs, n) -> {
                    String author = rs.getString("created_by");
                    String submittedBy = rs.getString("submitted_by");
                    List<String> approvers = Arrays.asList((String[]) rs.getArray("approvers").getArray());
                    Reviewer reviewer = new Reviewer(administrator, rs.getBoolean("assigned"),
                            me.equalsIgnoreCase(author) || me.equalsIgnoreCase(submittedBy),
                            rs.getBoolean("author_may_review"), approvers.contains(me));
                    if (ReviewLifecycle.refusalToApprove(reviewer) != null) {
                        return null;
                    }
                    Instant since = rs.getTimestamp("level_since").toInstant();
                    return new Item(rs.getLong("article_id"), rs.getString("title"), rs.getString("column_name"),
                            rs.getInt("current_level"), rs.getInt("levels"), author, submittedBy,
                            rs.getTimestamp("submitted_at").toInstant(), since, Duration.between(since, now),
                            rs.getBoolean("revision"));
                })
                .list().stream().filter(item -> item != null).toList();
    }

    /** The review of each of these articles that has one. */
    public Map<Long, ReviewStatus> statuses(Collection<Long> articleIds) {
        access.requireEditorial();
        return store.statuses(articleIds);
    }

    /** The article's latest review, or null when it never had one. */
    public ReviewStatus status(long articleId) {
        access.requireEditorial();
        return store.status(articleId).orElse(null);
    }

    /** The articles the signed-in editor wrote or submitted whose review is in this state, latest change first. */
    List<Long> mine(ReviewStatus.State state, int limit) {
        String me = access.requireEditorial().username().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                        SELECT r.article_id FROM article_review r JOIN article a ON a.id = r.article_id
                        WHERE r.state = :state AND (lower(a.created_by) = :me OR r.submitted_by = :me)
                          AND a.status = CASE WHEN :state = 'IN_REVIEW' THEN 'PENDING' ELSE 'DRAFT' END
                        ORDER BY coalesce(r.returned_at, r.level_since) DESC, r.article_id DESC LIMIT :limit""")
                .param("state", state.name()).param("me", me).param("limit", limit)
                .query(Long.class).list();
    }
}
