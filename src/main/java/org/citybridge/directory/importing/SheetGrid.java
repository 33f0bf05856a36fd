package org.citybridge.directory.importing;

import java.util.List;

/** A sheet of an uploaded file (a CSV file is one sheet) as rows of texts; blank rows are left out. */
record SheetGrid(String name, List<GridRow> rows) {

    int width() {
        return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    }
}
