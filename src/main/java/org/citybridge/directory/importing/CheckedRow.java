package org.citybridge.directory.importing;

import java.util.List;

import org.citybridge.directory.CityRef;
import org.citybridge.directory.domain.ImportedRow;

/** A data row after validation: the city it names (if found) and the row to write when it has no problems. */
record CheckedRow(SheetRow source, CityRef city, ImportedRow imported, List<RowProblem> problems) {

    boolean valid() {
        return problems.isEmpty();
    }
}
