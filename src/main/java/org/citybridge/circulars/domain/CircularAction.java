package org.citybridge.circulars.domain;

/** What staff do to a circular as a whole; each is legal in some {@code CircularStatus} only ({@link CircularLifecycle}). */
enum CircularAction {
    EDIT, DISCARD, ISSUE, CORRECT, REMIND, WITHDRAW
}
