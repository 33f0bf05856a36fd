package org.citybridge.portal.domain;

/**
 * The rules of editorial review (初审 / 复审 / 终审), without a database: where an approval leads, and who may decide at
 * a level. Administrators may act at any level of any column without being named a reviewer; nobody, administrators
 * included, approves two levels of the same submission (三审 means three people), and the author only reviews their
 * own article where the column allows it.
 */
final class ReviewLifecycle {

    /** What approving at a level does. */
    enum Outcome {
        /** The article waits at the next level. */
        NEXT_LEVEL,
        /** It was the last level: the article is published. */
        PUBLISH
    }

    /** Someone about to decide at the article's current level, as the review sees them. */
    record Reviewer(boolean administrator, boolean assigned, boolean author, boolean authorMayReview,
                    boolean approvedAnotherLevel) {
    }

    private ReviewLifecycle() {
    }

    static Outcome approve(int levels, int current) {
        if (levels < 1 || levels > 3 || current < 1 || current > levels) {
            throw new IllegalArgumentException("level " + current + " of " + levels);
        }
        return current < levels ? Outcome.NEXT_LEVEL : Outcome.PUBLISH;
    }

    /** Whether the person may decide at all at this level (else they get 403). */
    static boolean mayActAtLevel(Reviewer reviewer) {
        return reviewer.administrator() || reviewer.assigned();
    }

    /** The message key of why this reviewer may not approve, or null when they may. */
    static String refusalToApprove(Reviewer reviewer) {
        String refusal = refusalToReturn(reviewer);
        if (refusal != null) {
            return refusal;
        }
        return reviewer.approvedAnotherLevel() ? "review.error.twice" : null;
    }

    /** The message key of why this reviewer may not return the article, or null when they may. */
    static String refusalToReturn(Reviewer reviewer) {
        if (!mayActAtLevel(reviewer)) {
            return "review.error.notReviewer";
        }
        return reviewer.author() && !reviewer.authorMayReview() ? "review.error.ownArticle" : null;
    }
}
