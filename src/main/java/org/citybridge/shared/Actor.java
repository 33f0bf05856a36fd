package org.citybridge.shared;

import java.io.Serializable;

/** Who is acting: the signed-in account with its role, its scope and, for a liaison, the roster person it is. */
public record Actor(String username, Role role, String cityCode, String provinceCode, Long personId) implements Serializable {

    public static final Actor PUBLIC = new Actor("anonymous", Role.PUBLIC, null, null, null);

    public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null, null);

    public boolean isSecretariat() {
        return role.isSecretariat();
    }

    public boolean mayReadCity(String code, String provinceOfCity) {
        return switch (role) {
            case ADMIN, STAFF -> true;
            case LIAISON -> code.equals(cityCode);
            case PROVINCE -> provinceOfCity.equals(provinceCode);
            case EDITOR, PUBLIC -> false;
        };
    }
}
