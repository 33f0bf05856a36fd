package org.citybridge.shared;

import java.io.Serializable;

/** Who is acting: the signed-in account with its role, its scope and, for a liaison, the roster person it is. */
public record Actor(String username, Role role, String cityCode, String provinceCode, Long personId) implements Serializable {

    public static final Actor PUBLIC = new Actor("anonymous", Role.PUBLIC, null, null, null);

    public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null, null);

    public boolean isSecretariat() {
        return role.isSecretariat();
    }

    public CityScope scope() {
        return CityScope.of(this);
    }

    /** The secretariat or a province coordinator: those who follow circulars, tasks and reports across cities. */
    public boolean followsCities() {
        return scope().spansCities();
    }
}
