package org.citybridge.portal.domain;

import java.util.List;
import java.util.Map;

/**
 * A column's review setting: how many levels (0 = none, publish directly; 1–3 = 初审 / 复审 / 终审) and who may act at
 * each level (usernames in lower case).
 *
 * @param authorMayReview whether the author may review their own article (作者可审核本人稿件), off by default
 */
public record ColumnReview(long columnId, int levels, boolean authorMayReview, Map<Integer, List<String>> reviewers) {

    public static final int MAX_LEVELS = 3;

    public ColumnReview {
        reviewers = Map.copyOf(reviewers);
    }

    public static ColumnReview none(long columnId) {
        return new ColumnReview(columnId, 0, false, Map.of());
    }

    public boolean reviewed() {
        return levels > 0;
    }

    /** Who may act at this level; empty for a level the column does not have. */
    public List<String> reviewersAt(int level) {
        return level > levels ? List.of() : reviewers.getOrDefault(level, List.of());
    }
}
