package org.citybridge.events.domain;

import java.util.Objects;

/** One table tent (桌签): the name large, the city under it (may be blank). */
public record TableTent(String name, String cityName) {

    public TableTent {
        Objects.requireNonNull(name, "name");
        cityName = cityName == null ? "" : cityName;
    }
}
