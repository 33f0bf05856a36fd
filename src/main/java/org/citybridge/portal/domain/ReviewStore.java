package org.citybridge.portal.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citybridge.portal.domain.ReviewStatus.State;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every statement that changes an article's review, and the reads of it. */
@Component
class ReviewStore {

    private static final String STATUS = """
            SELECT article_id, round, levels, current_level, state, submitted_by, submitted_at, level_since,
                   returned_comment, returned_by, returned_at
            FROM article_review""";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewStatus> status(long articleId) {
        return jdbc.sql(STATUS + " WHERE article_id = :id").param("id", articleId).query(ReviewStore::status).optional();
    }

    /** The review, locked until the transaction ends, so that two reviewers cannot both decide at one level. */
    Optional<ReviewStatus> lock(long articleId) {
        return jdbc.sql(STATUS + " WHERE article_id = :id FOR UPDATE").param("id", articleId).query(ReviewStore::status).optional();
    }

    Map<Long, ReviewStatus> statuses(Collection<Long> articleIds) {
        Map<Long, ReviewStatus> found = new HashMap<>();
        if (!articleIds.isEmpty()) {
            jdbc.sql(STATUS + " WHERE article_id IN (:ids)").param("ids", articleIds).query(ReviewStore::status).list()
                    .forEach(status -> found.put(status.articleId(), status));
        }
        return found;
    }

    /** Who approved a level of this round of the article's review. */
    List<String> approvers(long articleId, int round) {
        return jdbc.sql("""
                        SELECT lower(decided_by) FROM article_review_decision
                        WHERE article_id = :id AND round = :round AND decision = 'APPROVED'""")
                .param("id", articleId).param("round", round).query(String.class).list();
    }

    /** Starts a new round at level 1 (after the rounds of any review that was ended). */
    void open(long articleId, int levels, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO article_review (article_id, round, levels, current_level, state, submitted_by, submitted_at, level_since)
                        VALUES (:id, (SELECT coalesce(max(round), 0) + 1 FROM article_review_decision WHERE article_id = :id),
                                :levels, 1, 'IN_REVIEW', :by, :at, :at)
                        ON CONFLICT (article_id) DO UPDATE SET round = article_review.round + 1, levels = EXCLUDED.levels,
                            current_level = 1, state = 'IN_REVIEW', submitted_by = EXCLUDED.submitted_by,
                            submitted_at = EXCLUDED.submitted_at, level_since = EXCLUDED.level_since,
                            returned_comment = NULL, returned_by = NULL, returned_at = NULL""")
                .param("id", articleId).param("levels", levels).param("by", lower(by)).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Ends a review that is under way or returned, when what it reviews is gone or published another way: a discarded or
     * withdrawn revision, an article published directly after its column stopped reviewing. Its decisions stay.
     */
    void endOpen(long articleId) {
        jdbc.sql("DELETE FROM article_review WHERE article_id = :id AND state IN ('IN_REVIEW', 'RETURNED')")
                .param("id", articleId).update();
    }

    void approved(ReviewStatus review, String by, Instant at) {
        decided(review, "APPROVED", null, by, at);
        if (review.currentLevel() < review.levels()) {
            moveOn(review, "current_level = current_level + 1, level_since = :at", Map.of("at", Timestamp.from(at)));
        } else {
            moveOn(review, "state = 'APPROVED'", Map.of());
        }
    }

    void returned(ReviewStatus review, String comment, String by, Instant at) {
        decided(review, "RETURNED", comment, by, at);
        moveOn(review, "state = 'RETURNED', returned_comment = :comment, returned_by = :by, returned_at = :at",
                Map.of("comment", comment, "by", lower(by), "at", Timestamp.from(at)));
    }

    private void decided(ReviewStatus review, String decision, String comment, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO article_review_decision (article_id, round, level, decision, comment, decided_by, decided_at)
                        VALUES (:id, :round, :level, :decision, :comment, :by, :at)""")
                .param("id", review.articleId()).param("round", review.round()).param("level", review.currentLevel())
                .param("decision", decision).param("comment", comment).param("by", lower(by)).param("at", Timestamp.from(at))
                .update();
    }

    /** Changes the review only if it still stands where the decision was taken. */
    private void moveOn(ReviewStatus review, String assignments, Map<String, Object> params) {
        int changed = jdbc.sql("UPDATE article_review SET " + assignments
                        + " WHERE article_id = :id AND round = :round AND current_level = :level AND state = 'IN_REVIEW'")
                .params(params).param("id", review.articleId()).param("round", review.round())
                .param("level", review.currentLevel()).update();
        if (changed != 1) {
            throw RuleViolation.of("review.error.moved");
        }
    }

    private static String lower(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static ReviewStatus status(ResultSet rs, int n) throws SQLException {
        return new ReviewStatus(rs.getLong("article_id"), rs.getInt("round"), rs.getInt("levels"), rs.getInt("current_level"),
                State.valueOf(rs.getString("state")), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                instant(rs, "level_since"), rs.getString("returned_comment"), rs.getString("returned_by"),
                instant(rs, "returned_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
