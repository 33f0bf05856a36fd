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
