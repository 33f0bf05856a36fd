package org.citybridge.shared;

/**
 * The roles of PRODUCT.md; a LIAISON is bound to one city, a PROVINCE coordinator to one province, CHECKIN staff to the
 * events granted to it (in the events module).
 */
public enum Role {
    ADMIN, STAFF, EDITOR, LIAISON, PROVINCE,
    /** Check-in staff (签到人员): checks delegates in at the events the secretariat grants it, and nothing else. */
    CHECKIN,
    /** A visitor who has not signed in: the public reader. */
    PUBLIC;

    public boolean isSecretariat() {
        return this == ADMIN || this == STAFF;
    }
}
