package org.citybridge.accounts.web;

import java.util.List;

import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.Membership;

/**
 * The cities picked on the city list, as its bulk form posts them: by code, or all matching the list's filter
 * (carried as {@code in*} fields); the bulk form's other fields are not read here.
 */
record CitySelectionForm(List<String> codes, Boolean allMatching, String inProvince, CityLevel inLevel,
                         Membership inMembership, String inTag, String inQ, Boolean inWithoutLiaison) {

    CitySelectionForm {
        codes = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    boolean isEmpty() {
        return codes.isEmpty() && !Boolean.TRUE.equals(allMatching);
    }

    /** The list's filter when all matching cities are meant, else null. */
    CityFilter allMatchingFilter() {
        return Boolean.TRUE.equals(allMatching) ? new CityFilter(inProvince, inLevel, inMembership, inTag, inQ, inWithoutLiaison) : null;
    }
}
