package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citybridge.accounts.RoleAccounts;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each column's own review setting (no inheritance from the parent column): read by every editor, set by an
 * administrator. A column without one publishes directly, as before review existed.
 */
@Service
public class ColumnReviews {

    /** The roles whose accounts may be named reviewers. */
    public static final Role[] EDITORIAL_ROLES = {Role.EDITOR, Role.STAFF, Role.ADMIN};

    private final JdbcClient jdbc;
    private final PortalAccess access;
    private final PortalQueries queries;
    private final RoleAccounts accounts;

    ColumnReviews(JdbcClient jdbc, PortalAccess access, PortalQueries queries, RoleAccounts accounts) {
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public ColumnReview of(long columnId) {
        return jdbc.sql("SELECT levels, author_may_review FROM column_review WHERE column_id = :id").param("id", columnId)
                .query((rs, n) -> new ColumnReview(columnId, rs.getInt("levels"), rs.getBoolean("author_may_review"),
                        reviewersOf(columnId)))
                .optional().orElseGet(() -> ColumnReview.none(columnId));
    }

    /**
     * The review an article's publication goes through: for a published article's pending revision that puts it in
     * another column ({@code revisionColumn}), that column's when it has review, else the article's column's. Either
     * column's review thus keeps a revision from being published directly.
     */
    @Transactional(readOnly = true)
    public ColumnReview forPublishing(long articleColumn, Long revisionColumn) {
        if (revisionColumn != null && revisionColumn != articleColumn) {
            ColumnReview target = of(revisionColumn);
            if (target.reviewed()) {
                return target;
            }
        }
        return of(articleColumn);
    }

    /** The column's setting, for the administrator who may change it. */
    @Transactional(readOnly = true)
    public ColumnReview forChange(long columnId) {
        requireAdministrator();
        queries.column(columnId);
        return of(columnId);
    }

    /** How many review levels each column has that has any. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> levelsByColumn() {
        Map<Long, Integer> levels = new HashMap<>();
        jdbc.sql("SELECT column_id, levels FROM column_review WHERE levels > 0")
                .query((rs, n) -> levels.put(rs.getLong("column_id"), rs.getInt("levels"))).list();
        return levels;
    }

    /** The accounts an administrator may name reviewers: enabled editors, secretariat staff and administrators. */
    @Transactional(readOnly = true)
    public List<RoleAccounts.Holder> candidates() {
        access.requireEditorial();
        return accounts.enabled(EDITORIAL_ROLES);
    }

    /**
     * Replaces the column's setting; administrators only. Each level the column has needs at least one reviewer, each
     * an enabled editorial account; reviewers named for levels beyond the column's are dropped.
     */
    @Transactional
    public void set(long columnId, int levels, boolean authorMayReview, Map<Integer, List<String>> reviewers) {
        requireAdministrator();
        queries.column(columnId);
        List<RuleViolation> problems = new ArrayList<>();
        if (levels < 0 || levels > ColumnReview.MAX_LEVELS) {
            problems.add(new RuleViolation("levels", "review.error.levels"));
        }
        Map<Integer, Set<String>> chosen = new HashMap<>();
        for (int level = 1; level <= Math.min(levels, ColumnReview.MAX_LEVELS); level++) {
            Set<String> names = new LinkedHashSet<>();
            for (String username : reviewers.getOrDefault(level, List.of())) {
                if (username == null || username.isBlank()) {
                    continue;
                }
                if (!accounts.holds(username, EDITORIAL_ROLES)) {
                    problems.add(new RuleViolation("reviewers" + level, "review.error.notEditorial", username));
                }
                names.add(username.strip().toLowerCase(Locale.ROOT));
            }
            if (names.isEmpty()) {
                problems.add(new RuleViolation("reviewers" + level, "review.error.noReviewer", level));
            }
            chosen.put(level, names);
        }
        RuleViolations.throwIfAny(problems);
        jdbc.sql("""
                        INSERT INTO column_review (column_id, levels, author_may_review) VALUES (:id, :levels, :author)
                        ON CONFLICT (column_id) DO UPDATE SET levels = EXCLUDED.levels, author_may_review = EXCLUDED.author_may_review""")
                .param("id", columnId).param("levels", levels).param("author", authorMayReview).update();
        jdbc.sql("DELETE FROM column_reviewer WHERE column_id = :id").param("id", columnId).update();
        chosen.forEach((level, names) -> names.forEach(username -> jdbc.sql("""
                        INSERT INTO column_reviewer (column_id, level, username) VALUES (:id, :level, :username)""")
                .param("id", columnId).param("level", level).param("username", username).update()));
    }

    private void requireAdministrator() {
        Actor actor = access.requireEditorial();
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("review settings are the administrator's");
        }
    }

    private Map<Integer, List<String>> reviewersOf(long columnId) {
        Map<Integer, List<String>> reviewers = new HashMap<>();
        jdbc.sql("SELECT level, username FROM column_reviewer WHERE column_id = :id ORDER BY level, username")
                .param("id", columnId)
                .query((rs, n) -> reviewers.computeIfAbsent(rs.getInt("level"), l -> new ArrayList<>()).add(rs.getString("username")))
                .list();
        return reviewers;
    }
}
