package org.citybridge.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.portal.domain.ColumnReview;

/** A column's review setting as its form sends it: levels 0–3, the author flag, and the reviewers of each level. */
record ColumnReviewForm(Integer levels, Boolean authorMayReview, List<String> reviewers1, List<String> reviewers2,
                        List<String> reviewers3) {

    ColumnReviewForm {
        levels = levels == null ? 0 : levels;
        authorMayReview = Boolean.TRUE.equals(authorMayReview);
        reviewers1 = reviewers1 == null ? new ArrayList<>() : reviewers1;
        reviewers2 = reviewers2 == null ? new ArrayList<>() : reviewers2;
        reviewers3 = reviewers3 == null ? new ArrayList<>() : reviewers3;
    }

    static ColumnReviewForm of(ColumnReview review) {
        return new ColumnReviewForm(review.levels(), review.authorMayReview(), review.reviewersAt(1), review.reviewersAt(2),
                review.reviewersAt(3));
    }

    Map<Integer, List<String>> reviewers() {
        Map<Integer, List<String>> byLevel = new HashMap<>();
        byLevel.put(1, reviewers1);
        byLevel.put(2, reviewers2);
        byLevel.put(3, reviewers3);
        return byLevel;
    }

    /** The chosen reviewers of a level, for the form's checkboxes. */
    public List<String> reviewersAt(int level) {
        return reviewers().get(level);
    }
}
