package org.citybridge.portal.domain;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Lets one caller at a time load again something kept in memory that has grown too old, while the others go on with
 * what is kept until it is in. Without it every request in flight when the moment runs out (dozens, at a few hundred
 * pages a second) loads the same thing at the same instant, and all of them wait for the database or the template
 * together, once a second.
 */
final class Renewal {

    private final AtomicBoolean underway = new AtomicBoolean();

    /** What {@code renew} answers, or {@code kept} while another caller is renewing it. */
    <T> T renewOr(T kept, Supplier<T> renew) {
        if (!underway.compareAndSet(false, true)) {
            return kept;
        }
        try {
            return renew.get();
        } finally {
            underway.set(false);
        }
    }
}
