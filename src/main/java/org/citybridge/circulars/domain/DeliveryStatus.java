package org.citybridge.circulars.domain;

/** Where one city stands with a circular, as staff track it. */
public enum DeliveryStatus {
    UNREAD, READ, REPLIED_ON_TIME, REPLIED_LATE, OVERDUE;

    public boolean replied() {
        return this == REPLIED_ON_TIME || this == REPLIED_LATE;
    }
}
