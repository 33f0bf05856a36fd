package org.citybridge.circulars.domain;

/** What happens to one city's copy of a circular; each is legal while the circular is in some states only ({@link CircularLifecycle}). */
enum DeliveryAction {
    /** A liaison opens the copy: the first opening marks it read. */
    OPEN,
    /** A liaison submits or amends the receipt, or the city replies on the page the circular links to. */
    REPLY,
    /** Staff let the city answer after the deadline. */
    REOPEN,
    /** The copy moves from the liaison who left to the successor. */
    HAND_OVER
}
