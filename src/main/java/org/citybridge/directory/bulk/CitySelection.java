package org.citybridge.directory.bulk;

import java.util.List;

import org.citybridge.directory.CityFilter;

/**
 * The cities a bulk change is for: those picked by code, or, when {@code allMatching}, every city the filter matches
 * (on every page of the list).
 */
public record CitySelection(List<String> codes, CityFilter filter, boolean allMatching) {

    public CitySelection {
        codes = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .distinct().toList();
        filter = filter == null ? CityFilter.all() : filter;
    }

    public static CitySelection of(List<String> codes) {
        return new CitySelection(codes, null, false);
    }

    public static CitySelection allMatching(CityFilter filter) {
        return new CitySelection(List.of(), filter, true);
    }

    /** No selection: an import or an undo names its cities itself. */
    public static CitySelection none() {
        return new CitySelection(List.of(), null, false);
    }
}
