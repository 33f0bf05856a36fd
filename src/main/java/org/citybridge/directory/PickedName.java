package org.citybridge.directory;

import java.util.List;


/**
 * How one name or code typed into the hand-picked list was understood.
 *
 * @param city       the one city it names, or null
 * @param province   the province it names instead of a city (e.g. 辽宁 → 辽宁省), or null
 * @param candidates the cities it could mean when it names several
 */
public record PickedName(String typed, CityRef city, String province, List<CityRef> candidates) {

    public PickedName {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public boolean resolved() {
        return city != null;
    }

    /** Worth telling staff: the name was completed (朝阳 → 朝阳市) or was a code, or it named no single city. */
    public boolean worthShowing() {
        return city == null || !typed.equals(city.name());
    }
}
