package org.citybridge.platform.signals;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance on the database, this one included, that something changed: PostgreSQL's {@code NOTIFY} on the
 * channel {@code citybridge_signals}, which each instance listens on ({@link SignalListener}) and publishes as {@link
 * SignalReceived}. Sent inside a transaction, the signal goes out when it commits and not at all if it rolls back;
 * outside one, at once. A signal says what changed (a topic such as {@code portal.articles}) and which one (an id),
 * never more: the payload is {@code <instance> <topic> <subject>}.
 */
@Component
public class Signals {

    public static final String CHANNEL = "citybridge_signals";
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    /** This instance among those on the database, so that it knows its own signals. */
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    Signals(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Signals, when the current transaction commits, that the {@code subject} of the {@code topic} changed. */
    public void send(String topic, Object subject) {
        String about = String.valueOf(subject);
        if (!WORD.matcher(topic).matches() || !WORD.matcher(about).matches()) {
            throw new IllegalArgumentException("A signal's topic and subject are single words: " + topic + " " + about);
        }
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", instance + " " + topic + " " + about).query((rs, n) -> n).list();
        meters.counter("citybridge.signals.sent", "topic", topic).increment();
    }

    /** The signal a payload of the channel carries, or null when it is not one. */
    SignalReceived read(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3) {
            return null;
        }
        return new SignalReceived(parts[1], parts[2], parts[0].equals(instance));
    }
}
