package org.citybridge.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cities that targets reach in one province, for the collapsible list shown before a circular or task goes out. */
public record ProvinceCities(String province, List<String> cities) {

    /** Groups cities (already ordered by province) by their province, keeping the order. */
    public static List<ProvinceCities> of(List<CityRef> reached) {
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        reached.forEach(c -> byProvince.computeIfAbsent(c.provinceName(), k -> new ArrayList<>()).add(c.name()));
        return byProvince.entrySet().stream().map(e -> new ProvinceCities(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
