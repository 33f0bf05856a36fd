package org.citybridge.directory.importing;

import java.util.List;

/**
 * The outcome of an import: data rows read, how many are valid, their errors, whether anything was committed and
 * what the commit changed ({@code unchanged} counts committed rows that changed nothing); the sheet read, and the
 * columns of the file that were ignored, as the file names them.
 */
public record ImportReport(int rows, int valid, List<RowError> errors, boolean committed, int peopleCreated,
                           int peopleUpdated, int appointmentsCreated, int unchanged, List<RowPreview> preview,
                           String sheet, List<String> ignoredColumns) {
}
