package org.citybridge.circulars.domain;

import java.time.Instant;


/** A receipt may be submitted or amended while the circular is in force and before its deadline, or a reopening's end. */
final class ReceiptWindow {

    private ReceiptWindow() {
    }

    static boolean isOpen(CircularDetails circular, Instant reopenedUntil, Instant now) {
        if (!circular.issued() || !circular.hasReceipt()) {
            return false;
        }
        boolean beforeDeadline = circular.deadline() == null || !now.isAfter(circular.deadline());
        boolean reopened = reopenedUntil != null && !now.isAfter(reopenedUntil);
        return beforeDeadline || reopened;
    }

    /**
     * Staff may reopen a city's receipt only once the deadline has locked it; before then the city may still answer,
     * and a reopening would only show a second, contradicting deadline.
     */
    static boolean mayReopen(CircularDetails circular, Instant now) {
        return circular.issued() && circular.hasReceipt() && circular.deadline() != null && now.isAfter(circular.deadline());
    }
}
