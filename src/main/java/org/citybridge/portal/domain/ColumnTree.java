package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.shared.NotFoundException;

/** Every column, parents before children in their order, read once and asked many questions. */
public record ColumnTree(List<ColumnNode> columns) {

    public ColumnTree {
        columns = List.copyOf(columns);
    }

    public ColumnNode byId(long id) {
        return columns.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("column.error.unknown", id));
    }

    public Optional<ColumnNode> bySlug(String slug) {
        return columns.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** The visible top columns, for the site's navigation and home page. */
    public List<ColumnNode> visibleTop() {
        return columns.stream().filter(c -> c.parentId() == null && c.visible()).toList();
    }

    /** The visible columns directly under one. */
    public List<ColumnNode> visibleChildren(long columnId) {
        return columns.stream().filter(c -> Objects.equals(c.parentId(), columnId) && c.visible()).toList();
    }

    /**
     * The visible columns as a tree, for the site map: a visible column under a hidden one hangs under its nearest
     * visible ancestor (its page opens, as the hidden one's does not), or at the top.
     */
    public List<ColumnBranch> visibleBranches() {
        return branchesUnder(null, columns.stream().collect(Collectors.toMap(ColumnNode::id, Function.identity())));
    }

    private List<ColumnBranch> branchesUnder(Long visibleAncestor, Map<Long, ColumnNode> byId) {
        return columns.stream().filter(c -> c.visible() && Objects.equals(nearestVisibleAbove(c, byId), visibleAncestor))
                .map(c -> new ColumnBranch(c, branchesUnder(c.id(), byId))).toList();
    }

    private static Long nearestVisibleAbove(ColumnNode column, Map<Long, ColumnNode> byId) {
        for (ColumnNode c = column.parentId() == null ? null : byId.get(column.parentId()); c != null;
             c = c.parentId() == null ? null : byId.get(c.parentId())) {
            if (c.visible()) {
                return c.id();
            }
        }
        return null;
    }

    /** The columns from the top down to this one. */
    public List<ColumnNode> trail(long columnId) {
        Map<Long, ColumnNode> byId = columns.stream().collect(Collectors.toMap(ColumnNode::id, Function.identity()));
        List<ColumnNode> trail = new ArrayList<>();
        for (ColumnNode c = byId.get(columnId); c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            trail.add(0, c);
        }
        return trail;
    }
}
