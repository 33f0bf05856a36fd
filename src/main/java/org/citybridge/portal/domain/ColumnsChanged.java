package org.citybridge.portal.domain;

/** Editors changed the column tree (a column created, renamed, moved, reordered, hidden or deleted). */
public record ColumnsChanged(long columnId) {
}
