package org.citybridge.accounts.domain;

import org.citybridge.shared.Role;

/** A role with the city (LIAISON, optionally the roster person it is) or province (PROVINCE) it is bound to. */
public record Scope(Role role, String cityCode, String provinceCode, Long personId) {

    public Scope {
        cityCode = blankToNull(cityCode);
        provinceCode = blankToNull(provinceCode);
    }

    public static Scope of(Role role) {
        return new Scope(role, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
