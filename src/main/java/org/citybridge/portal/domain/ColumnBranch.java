package org.citybridge.portal.domain;

import java.util.List;

/** A visible column with the visible columns under it, for the reader's site map (网站地图). */
public record ColumnBranch(ColumnNode column, List<ColumnBranch> children) {
}
