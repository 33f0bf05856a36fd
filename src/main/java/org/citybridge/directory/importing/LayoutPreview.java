package org.citybridge.directory.importing;

import java.util.List;

/**
 * A layout as the mapping step shows it: the layout with what it still lacks, an example value per column of the
 * sheet (by index) and the first data rows as it reads them, checked.
 */
public record LayoutPreview(DetectedLayout layout, List<String> examples, List<RowPreview> rows) {

    public String example(int column) {
        return column < examples.size() ? examples.get(column) : "";
    }
}
