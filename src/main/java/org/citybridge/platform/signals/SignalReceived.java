package org.citybridge.platform.signals;

/**
 * A signal sent by {@link Signals} on any instance on the database, published on this one, on the thread that listens
 * for them (so a listener should be quick). {@code sentHere}: this instance sent it, and has already acted on the
 * change itself.
 */
public record SignalReceived(String topic, String subject, boolean sentHere) {

    /** Sent by another instance, about the topic. */
    public boolean fromElsewhere(String topic) {
        return !sentHere && this.topic.equals(topic);
    }
}
