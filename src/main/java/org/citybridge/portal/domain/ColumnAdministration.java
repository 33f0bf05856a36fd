package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors keep the column tree: create, rename, move under another parent, reorder among siblings, hide and delete.
 * A column that holds articles or columns cannot be deleted. Every change is announced ({@link ColumnsChanged}), so that
 * the public pages show it at once.
 */
@Service
public class ColumnAdministration {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,40}$");

    /** What the column form sends. */
    public record ColumnChange(Long parentId, String slug, String name, String description, boolean visible) {
    }

    private final JdbcClient jdbc;
    private final PortalQueries queries;
    private final PortalAccess access;
    private final ApplicationEventPublisher events;

    ColumnAdministration(JdbcClient jdbc, PortalQueries queries, PortalAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long create(ColumnChange change) {
        access.requireEditorial();
        check(null, change);
        forgetFormerSlug(change.slug().strip());
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM portal_column WHERE parent_id IS NOT DISTINCT FROM :parent")
                .param("parent", change.parentId()).query(Integer.class).single();
        long id = jdbc.sql("""
                        INSERT INTO portal_column (parent_id, slug, name, description, position, visible)
                        VALUES (:parent, :slug, :name, :description, :position, :visible) RETURNING id""")
                .param("parent", change.parentId()).param("slug", change.slug().strip()).param("name", change.name().strip())
                .param("description", blankToNull(change.description())).param("position", position)
                .param("visible", change.visible()).query(Long.class).single();
        events.publishEvent(new ColumnsChanged(id));
        return id;
    }

    /**
     * Renames, moves (to the end of its new parent's columns) or hides a column. A changed URL name is kept as a former
     * one, so that old links to the column's page and feed are sent on (301) to the new ones.
     */
    @Transactional
    public void update(long id, ColumnChange change) {
        access.requireEditorial();
        ColumnNode current = queries.column(id);
        check(id, change);
        String slug = change.slug().strip();
        if (!slug.equals(current.slug())) {
            forgetFormerSlug(slug);
            jdbc.sql("""
                            INSERT INTO portal_column_former_slug (slug, column_id) VALUES (:slug, :id)
                            ON CONFLICT (slug) DO UPDATE SET column_id = EXCLUDED.column_id""")
                    .param("slug", current.slug()).param("id", id).update();
        }
        boolean moved = !Objects.equals(current.parentId(), change.parentId());
        jdbc.sql("""
                        UPDATE portal_column SET parent_id = :parent, slug = :slug, name = :name, description = :description,
                               visible = :visible,
                               position = CASE WHEN :moved THEN (SELECT coalesce(max(position), 0) + 1 FROM portal_column
                                                               WHERE parent_id IS NOT DISTINCT FROM :parent) ELSE position END
                        WHERE id = :id""")
                .param("parent", change.parentId()).param("slug", change.slug().strip()).param("name", change.name().strip())
                .param("description", blankToNull(change.description())).param("visible", change.visible())
                .param("moved", moved).param("id", id).update();
        events.publishEvent(new ColumnsChanged(id));
    }

    /** Swaps a column with its neighbour above ({@code -1}) or below ({@code +1}) among its siblings. */
    @Transactional
    public void reorder(long id, int direction) {
        access.requireEditorial();
        ColumnNode column = queries.column(id);
        List<ColumnNode> siblings = queries.columns().stream().filter(c -> Objects.equals(c.parentId(), column.parentId())).toList();
        int index = siblings.indexOf(column);
        int other = index + (direction < 0 ? -1 : 1);
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        List<ColumnNode> ordered = new ArrayList<>(siblings);
        ordered.set(index, siblings.get(other));
        ordered.set(other, column);
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("UPDATE portal_column SET position = :p WHERE id = :id").param("p", i + 1).param("id", ordered.get(i).id()).update();
        }
        events.publishEvent(new ColumnsChanged(id));
    }

    @Transactional
    public void delete(long id) {
        access.requireEditorial();
        ColumnNode column = queries.column(id);
        if (column.children() > 0) {
            throw RuleViolation.of("column.error.hasChildren", column.name(), column.children());
        }
        if (column.articles() > 0) {
            throw RuleViolation.of("column.error.hasArticles", column.name(), column.articles());
        }
        jdbc.sql("DELETE FROM portal_column WHERE id = :id").param("id", id).update();
        events.publishEvent(new ColumnsChanged(id));
    }

    /** A URL name taken (again) by a column is no longer anyone's former name. */
    private void forgetFormerSlug(String slug) {
        jdbc.sql("DELETE FROM portal_column_former_slug WHERE slug = :slug").param("slug", slug).update();
    }

    private void check(Long id, ColumnChange change) {
        List<RuleViolation> problems = new ArrayList<>();
        String slug = change.slug() == null ? "" : change.slug().strip();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new RuleViolation("slug", "column.error.slug"));
        } else if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_column WHERE slug = :slug AND id IS DISTINCT FROM :id)")
                .param("slug", slug).param("id", id).query(Boolean.class).single()) {
            problems.add(new RuleViolation("slug", "column.error.slugTaken", slug));
        }
        if (change.name() == null || change.name().isBlank()) {
            problems.add(new RuleViolation("name", "column.error.nameRequired"));
        } else if (change.name().strip().length() > 40) {
            problems.add(new RuleViolation("name", "column.error.nameTooLong", 40));
        }
        if (change.description() != null && change.description().strip().length() > 500) {
            problems.add(new RuleViolation("description", "column.error.descriptionTooLong", 500));
        }
        if (change.parentId() != null) {
            List<ColumnNode> all = queries.columns();
            if (all.stream().noneMatch(c -> c.id() == change.parentId())) {
                problems.add(new RuleViolation("parentId", "column.error.unknownParent"));
            } else if (id != null && (change.parentId() == id.longValue() || isUnder(all, change.parentId(), id))) {
                problems.add(new RuleViolation("parentId", "column.error.cycle"));
            }
        }
        RuleViolations.throwIfAny(problems);
    }

    /** Whether {@code candidate} lies somewhere below {@code ancestor}. */
    private static boolean isUnder(List<ColumnNode> all, long candidate, long ancestor) {
        Long current = candidate;
        while (current != null) {
            long at = current;
            ColumnNode node = all.stream().filter(c -> c.id() == at).findFirst()
                    .orElseThrow(() -> new NotFoundException("column.error.unknown", at));
            if (node.parentId() != null && node.parentId() == ancestor) {
                return true;
            }
            current = node.parentId();
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
