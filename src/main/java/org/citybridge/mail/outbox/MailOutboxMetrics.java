package org.citybridge.mail.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.citybridge.platform.metrics.RecentFigures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as monitoring sees it: messages waiting to be sent, how long the oldest has waited, and messages given
 * up (FAILED, waiting for an administrator). Figures of the shared database, the same on every instance.
 */
@Component
class MailOutboxMetrics implements MeterBinder {

    private final RecentFigures<Backlog> backlog;

    MailOutboxMetrics(JdbcClient jdbc, Clock clock, @Value("${citybridge.metrics.figures-max-age:10s}") Duration maxAge) {
        this.backlog = RecentFigures.of(() -> jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               coalesce(extract(EPOCH FROM :now - min(created_at) FILTER (WHERE status = 'PENDING')), 0)::float8
                                   AS oldest_pending_seconds,
                               count(*) FILTER (WHERE status = 'FAILED') AS failed
                        FROM mail_outbox WHERE status IN ('PENDING', 'FAILED')""")
                .param("now", Timestamp.from(clock.instant()))
                .query(Backlog.class).single(), maxAge);
    }

    private record Backlog(long pending, double oldestPendingSeconds, long failed) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citybridge.mail.outbox.pending", backlog, figures -> figures.get().pending())
                .description("Messages in the outbox waiting for their first or a further attempt").register(registry);
        Gauge.builder("citybridge.mail.outbox.oldest.pending", backlog, figures -> figures.get().oldestPendingSeconds())
                .baseUnit("seconds").description("How long the oldest message waiting to be sent has waited").register(registry);
        Gauge.builder("citybridge.mail.outbox.failed", backlog, figures -> figures.get().failed())
                .description("Messages given up after their attempts, waiting for an administrator to retry them").register(registry);
    }
}
