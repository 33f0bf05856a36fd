package org.citybridge.platform.signals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@code citybridge_signals} ({@link Signals}) with one connection of the pool, kept while the application
 * runs, on a daemon thread, and publishes each signal as {@link SignalReceived} (the same signal arriving twice in one
 * read, once). When the connection fails it is taken out of the pool and opened again after a pause that doubles from
 * {@link #FIRST_RETRY} up to {@link #LAST_RETRY}, and {@link SignalsMissed} is published, since the signals sent
 * meanwhile are lost. Starts before the web server, waiting a moment for the first {@code LISTEN}, so that no page is
 * kept before this instance hears of changes. Metrics: {@code citybridge.signals.listening} (1 or 0), {@code
 * citybridge.signals.received} by origin, {@code citybridge.signals.reconnections}.
 */
@Component
class SignalListener implements SmartLifecycle {

    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LAST_RETRY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(SignalListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration FIRST_LISTEN_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Signals signals;
    private final ApplicationEventPublisher publisher;
    private final Object pause = new Object();
    private final AtomicInteger listening;
    private final Counter fromHere;
    private final Counter fromElsewhere;
    private final Counter reconnections;
    private volatile boolean running;
    private CountDownLatch firstListen;
    private Thread thread;

    SignalListener(DataSource dataSource, Signals signals, ApplicationEventPublisher publisher, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.publisher = publisher;
        this.listening = meters.gauge("citybridge.signals.listening", new AtomicInteger());
        this.fromHere = meters.counter("citybridge.signals.received", "origin", "here");
        this.fromElsewhere = meters.counter("citybridge.signals.received", "origin", "elsewhere");
        this.reconnections = meters.counter("citybridge.signals.reconnections");
    }

    @Override
    public synchronized void start() {
        running = true;
        firstListen = new CountDownLatch(1);
        thread = new Thread(this::listen, "signal-listener");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!firstListen.await(FIRST_LISTEN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Not yet listening for other instances' changes after {}; still trying", FIRST_LISTEN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts, after it stops. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }

    private void listen() {
        boolean reconnecting = false;
        Duration retry = FIRST_RETRY;
        while (running) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + Signals.CHANNEL);
                }
                listening.set(1);
                firstListen.countDown();
                retry = FIRST_RETRY;
                if (reconnecting) {
                    log.info("Listening for other instances' changes again; what this instance keeps is read afresh");
                    publish(new SignalsMissed());
                    reconnections.increment();
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    publishAll(postgres.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for other instances' changes failed, trying again in {} ms: {}", retry.toMillis(), e.toString());
                }
                evict(connection);
            } finally {
                close(connection);
            }
            listening.set(0);
            reconnecting = true;
            pauseFor(retry);
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    /**
     * Takes a failed connection out of the pool: its failure was met on the driver's own connection, which the pool
     * does not see, and would otherwise hand the dead connection to the next borrower.
     */
    private void evict(Connection connection) {
        try {
            if (connection != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not evict the failed listening connection: {}", e.toString());
        }
    }

    private static void close(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            log.debug("Closing the listening connection failed: {}", e.toString());
        }
    }

    private void publishAll(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        Set<SignalReceived> received = new LinkedHashSet<>();
        for (PGNotification notification : notifications) {
            SignalReceived signal = signals.read(notification.getParameter());
            if (signal == null) {
                log.warn("Ignoring a notification on {} that is no signal", Signals.CHANNEL);
            } else {
                (signal.sentHere() ? fromHere : fromElsewhere).increment();
                received.add(signal);
            }
        }
        received.forEach(this::publish);
    }

    /** A listener's failure is logged, and the listening goes on. */
    private void publish(Object event) {
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("Acting on {} failed: {}", event, e.toString());
        }
    }

    private void pauseFor(Duration wait) {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
