package org.citybridge.events.domain;

import java.util.Objects;

/** One delegate's line on the sign-in sheet; unit, post and role may be blank. */
public record SignInEntry(String cityName, String name, String unit, String post, String roleLabel) {

    public SignInEntry {
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(name, "name");
        unit = unit == null ? "" : unit;
        post = post == null ? "" : post;
        roleLabel = roleLabel == null ? "" : roleLabel;
    }
}
