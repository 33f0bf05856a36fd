package org.citybridge.circulars.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.directory.CityRef;

/** The cities a circular reaches in one province, for the collapsible list shown before issuing. */
record ProvinceCities(String province, List<String> cities) {

    /** Groups cities (already ordered by province) by their province, keeping the order. */
    static List<ProvinceCities> of(List<CityRef> reached) {
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        reached.forEach(c -> byProvince.computeIfAbsent(c.provinceName(), k -> new ArrayList<>()).add(c.name()));
        return byProvince.entrySet().stream().map(e -> new ProvinceCities(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
