package org.citybridge.portal.domain;

import java.time.Instant;

import org.citybridge.portal.ArticleStatus;

/**
 * Where an article's latest review stands.
 *
 * @param round        the submission it belongs to, counted from 1
 * @param levels       how many levels the column asked for when it was submitted
 * @param currentLevel the level it waits at (or was returned or finished at)
 * @param levelSince   when it reached that level
 */
public record ReviewStatus(long articleId, int round, int levels, int currentLevel, State state, String submittedBy,
                           Instant submittedAt, Instant levelSince, String returnedComment, String returnedBy,
                           Instant returnedAt) {

    public enum State {
        IN_REVIEW, RETURNED, APPROVED
    }

    public boolean inReview() {
        return state == State.IN_REVIEW;
    }

    public boolean returned() {
        return state == State.RETURNED;
    }

    /** The message key of an article's state as the lists show it: 待初审 / 待复审 / 待终审, 已退回, else its status. */
    public static String labelKey(ArticleStatus status, ReviewStatus review) {
        String reviewKey = reviewKey(status, review);
        return reviewKey != null ? reviewKey : "article.status." + status.name();
    }

    /** The message key of the list state of an article: its review's (as {@link #labelKey}), else its {@link ArticleState}. */
    public static String listKey(ArticleState state, ArticleStatus status, ReviewStatus review) {
        String reviewKey = reviewKey(status, review);
        return reviewKey != null ? reviewKey : "article.state." + state.name();
    }

    /** 待初审 / 待复审 / 待终审 or 已退回 when the review says what state the article is in, else null. */
    private static String reviewKey(ArticleStatus status, ReviewStatus review) {
        if (review != null && status == ArticleStatus.PENDING && review.inReview()) {
            return "review.status.level" + review.currentLevel();
        }
        if (review != null && status == ArticleStatus.DRAFT && review.returned()) {
            return "review.status.returned";
        }
        return null;
    }

    /**
     * The message key of the review state of a published article's pending revision: 修订待初审 / 修订待复审 / 修订待终审,
     * 修订已退回; null when the revision is not under review or returned (a published article's review is always its
     * revision's: an article's own review ends when it is published).
     */
    public static String revisionKey(ArticleStatus status, ReviewStatus review) {
        if (review == null || status != ArticleStatus.PUBLISHED) {
            return null;
        }
        if (review.inReview()) {
            return "review.status.revision.level" + review.currentLevel();
        }
        return review.returned() ? "review.status.revisionReturned" : null;
    }

    /** The message key of a review level's name: 初审, 复审, 终审. */
    public static String levelKey(int level) {
        return "review.level." + level;
    }
}
