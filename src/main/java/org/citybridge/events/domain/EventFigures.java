package org.citybridge.events.domain;

import java.util.List;

/**
 * "N representatives from M cities": delegates holding a place and the cities they come from, and how many of them
 * have checked in, in total and by province, within the caller's scope.
 */
public record EventFigures(long registered, long registeredCities, long checkedIn, long checkedInCities,
                           List<ProvinceFigures> byProvince) {

    public record ProvinceFigures(String provinceCode, String provinceName, long registered, long registeredCities,
                                  long checkedIn, long checkedInCities) {
    }
}
