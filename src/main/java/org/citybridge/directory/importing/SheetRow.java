package org.citybridge.directory.importing;

import java.util.Map;

/** The texts of one data row, numbered as Excel numbers it (the header is row 1). */
record SheetRow(int number, Map<RosterColumn, String> values) {

    String value(RosterColumn column) {
        return values.getOrDefault(column, "");
    }

    boolean isBlank() {
        return values.values().stream().allMatch(String::isEmpty);
    }
}
