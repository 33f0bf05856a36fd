package org.citybridge.directory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citybridge.directory.CityRef;

/** Finds the city a member list names: by code, by its full name, or by its name without 市 (西安 → 西安市). */
final class MemberCities {

    /** The one city named, or the cities sharing the name (empty when none). */
    record Found(List<CityRef> cities) {
        boolean unique() {
            return cities.size() == 1;
        }
    }

    private final Map<String, CityRef> byCode;
    private final Map<String, List<CityRef>> byName = new HashMap<>();

    MemberCities(List<CityRef> cities) {
        byCode = cities.stream().collect(Collectors.toMap(CityRef::code, c -> c));
        for (CityRef city : cities) {
            byName.computeIfAbsent(city.name(), n -> new ArrayList<>()).add(city);
        }
    }

    Found find(String text) {
        String name = text.replaceAll("\\s", "");
        if (byCode.containsKey(name)) {
            return new Found(List.of(byCode.get(name)));
        }
        List<CityRef> named = byName.getOrDefault(name, byName.getOrDefault(name + "市", List.of()));
        return new Found(named);
    }
}
