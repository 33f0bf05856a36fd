package org.citybridge.shared;

/** The roles of PRODUCT.md; a LIAISON is bound to one city, a PROVINCE coordinator to one province. */
public enum Role {
    ADMIN, STAFF, EDITOR, LIAISON, PROVINCE,
    /** A visitor who has not signed in: the public reader. */
    PUBLIC;

    public boolean isSecretariat() {
        return this == ADMIN || this == STAFF;
    }
}
