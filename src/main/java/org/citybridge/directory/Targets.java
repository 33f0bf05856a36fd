package org.citybridge.directory;

import java.util.List;

/**
 * Which cities something goes to (a circular, a task), as staff choose them; {@link TargetResolver} turns them
 * into the cities of the roster.
 *
 * @param provinces province codes, for {@link TargetMode#PROVINCES}
 * @param cities    city codes, for {@link TargetMode#PICKED}
 */
public record Targets(TargetMode mode, List<String> provinces, CityLevel level, String tag, List<String> cities) {

    public Targets {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        cities = cities == null ? List.of() : List.copyOf(cities);
    }

    /** What a picker's form holds, keeping only the part that belongs to the chosen mode. */
    public static Targets chosen(TargetMode mode, List<String> provinces, CityLevel level, String tag, List<String> cities) {
        return new Targets(mode, mode == TargetMode.PROVINCES ? provinces : List.of(), mode == TargetMode.LEVEL ? level : null,
                mode == TargetMode.TAG ? tag : null, mode == TargetMode.PICKED ? cities : List.of());
    }

    public static Targets allMembers() {
        return new Targets(TargetMode.ALL_MEMBERS, List.of(), null, null, List.of());
    }
}
