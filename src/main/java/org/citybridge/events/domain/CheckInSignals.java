package org.citybridge.events.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's channel {@value CheckInStore#CHANNEL}, where every committed check-in is announced by whichever
 * instance recorded it, and publishes {@link CheckInsChanged} in this instance for the big screens open here. One
 * connection of the pool is kept for it while the application runs. The notifications that arrive together are
 * published once per event. When the connection fails, it is opened again a second later and every screen is refreshed
 * (a null event), since notifications sent in between are lost.
 */
@Component
class CheckInSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckInSignals.class);
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final Object pause = new Object();
    private volatile boolean running;
    private Thread thread;

    CheckInSignals(DataSource dataSource, ApplicationEventPublisher publisher) {
        this.dataSource = dataSource;
        this.publisher = publisher;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "check-in-signals");
        thread.setDaemon(true);
        thread.start();
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

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CheckInStore.CHANNEL);
                }
                if (reconnecting) {
                    publisher.publishEvent(new CheckInsChanged(null));
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    publish(postgres.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for check-ins failed, trying again in {} ms: {}", RETRY_MILLIS, e.toString());
                }
            }
            reconnecting = true;
            pauseBeforeRetry();
        }
    }

    private void publish(PGNotification[] notifications) {
        if (notifications == null) {
            return;
        }
        Set<Long> events = new LinkedHashSet<>();
        for (PGNotification notification : notifications) {
            try {
                events.add(Long.parseLong(notification.getParameter()));
            } catch (NumberFormatException e) {
                log.warn("Ignoring a check-in notification without an event id: {}", notification.getParameter());
            }
        }
        events.forEach(event -> publisher.publishEvent(new CheckInsChanged(event)));
    }

    private void pauseBeforeRetry() {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
