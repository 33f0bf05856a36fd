package org.citybridge.circulars;

import java.util.List;

import org.citybridge.directory.CityLevel;

/**
 * Which cities a circular goes to.
 *
 * @param provinces province codes, for {@link TargetMode#PROVINCES}
 * @param cities    city codes, for {@link TargetMode#PICKED}
 */
public record Targets(TargetMode mode, List<String> provinces, CityLevel level, String tag, List<String> cities) {

    public Targets {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        cities = cities == null ? List.of() : List.copyOf(cities);
    }

    public static Targets allMembers() {
        return new Targets(TargetMode.ALL_MEMBERS, List.of(), null, null, List.of());
    }
}
