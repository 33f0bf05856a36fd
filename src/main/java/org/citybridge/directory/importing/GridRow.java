package org.citybridge.directory.importing;

import java.util.List;

/** One row of a sheet as tidied texts, numbered as Excel numbers it (the first row is 1). */
record GridRow(int number, List<String> cells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
