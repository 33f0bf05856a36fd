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
     * An article waiting at a level.
     *
     * @param author     who wrote it (created the article)
     * @param levelSince when it reached this level
     * @param waited     how long it has waited at this level
     */
    public record Item(long articleId, String title, String columnName, int level, int levels, String author,
                       String submittedBy, Instant submittedAt, Instant levelSince, Duration waited) {

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

    /** Every article the signed-in editor may approve now, the longest waiting at its level first. */
    public List<Item> waitingForMe() {
        Actor actor = access.requireEditorial();
        String me = actor.username().toLowerCase(Locale.ROOT);
        boolean administrator = actor.role() == Role.ADMIN;
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT r.article_id, a.title, c.name AS column_name, r.current_level, r.levels, a.created_by,
                               r.submitted_by, r.submitted_at, r.level_since,
                               EXISTS (SELECT 1 FROM column_reviewer v WHERE v.column_id = a.column_id
                                       AND v.level = r.current_level AND v.username = :me) AS assigned,
                               coalesce(cr.author_may_review, FALSE) AS author_may_review,
                               ARRAY (SELECT lower(d.decided_by) FROM article_review_decision d WHERE d.article_id = r.article_id
                                      AND d.round = r.round AND d.decision = 'APPROVED') AS approvers
                        FROM article_review r JOIN article a ON a.id = r.article_id
                             JOIN portal_column c ON c.id = a.column_id
                             LEFT JOIN column_review cr ON cr.column_id = a.column_id
                        WHERE r.state = 'IN_REVIEW' AND a.status = 'PENDING'
                          AND (:administrator OR EXISTS (SELECT 1 FROM column_reviewer v WHERE v.column_id = a.column_id
                                                         AND v.level = r.current_level AND v.username = :me))
                        ORDER BY r.level_since, r.article_id""")
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
                            rs.getTimestamp("submitted_at").toInstant(), since, Duration.between(since, now));
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
