package org.citybridge.directory.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What an uploaded file looks like: its sheets, the layout taken (or proposed) for the roster, the header row's texts
 * by column, and the doubts that call for the mapping step (none: the file can be imported as it is).
 */
public record DetectedLayout(List<String> sheets, SheetLayout layout, List<String> headers, List<LayoutDoubt> doubts) {

    public boolean sure() {
        return doubts.isEmpty();
    }

    /** The headers of the columns nothing is read from, as the file writes them. */
    public List<String> ignoredHeaders() {
        List<String> ignored = new ArrayList<>();
        for (int index = 0; index < headers.size(); index++) {
            if (!headers.get(index).isEmpty() && layout.mapping().at(index).isEmpty()) {
                ignored.add(headers.get(index));
            }
        }
        return ignored;
    }

    /** A column's letter as Excel shows it: A for 0, AA for 26. */
    public String letter(int index) {
        return LayoutDetection.columnLetter(index);
    }
}
