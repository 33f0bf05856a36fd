package org.citybridge.directory.importing;

/**
 * Where a roster's data is in an uploaded file: the sheet (0 is the first visible one), the Excel number of its header
 * row (the data rows are below it) and the mapping of its columns.
 */
public record SheetLayout(int sheet, int headerRow, ColumnMapping mapping) {
}
