package org.citybridge.directory.importing;

/** A problem in one cell: the Excel row number (the header is row 1), the API field name and the message. */
public record RowError(int row, String field, String message) {
}
