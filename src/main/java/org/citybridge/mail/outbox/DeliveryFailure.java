package org.citybridge.mail.outbox;

/**
 * A message was not delivered.
 *
 * @see #permanent() retrying cannot help (e.g. a malformed address or a recipient the server refuses for good)
 * @see #unreachable() the server could not be reached at all, so the other messages of this run would fail too
 */
final class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final boolean unreachable;

    DeliveryFailure(String message, Throwable cause, boolean permanent, boolean unreachable) {
        super(message, cause);
        this.permanent = permanent;
        this.unreachable = unreachable;
    }

    boolean permanent() {
        return permanent;
    }

    boolean unreachable() {
        return unreachable;
    }
}
