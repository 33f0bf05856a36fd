package org.citybridge.circulars.domain;

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
 * Replies the member cities still owe on issued circulars: before the deadline (open) and after it (overdue), as the
 * delivery status counts them. Figures of the shared database, the same on every instance.
 */
@Component
class ReceiptMetrics implements MeterBinder {

    private static final String DESCRIPTION = "Replies owed on issued circulars: before the deadline (open) or after it (overdue)";

    private final RecentFigures<ReceiptsDue> due;

    ReceiptMetrics(JdbcClient jdbc, Clock clock, @Value("${citybridge.metrics.figures-max-age:10s}") Duration maxAge) {
        this.due = RecentFigures.of(() -> jdbc.sql("""
                        SELECT count(*) FILTER (WHERE c.deadline IS NULL OR c.deadline >= :now) AS open,
                               count(*) FILTER (WHERE c.deadline < :now) AS overdue
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status = :issued AND %s AND d.first_replied_at IS NULL""".formatted(DeliveryStatusSql.EXPECTS_REPLY))
                .param("now", Timestamp.from(clock.instant())).param("issued", CircularStatus.ISSUED.name())
                .query(ReceiptsDue.class).single(), maxAge);
    }

    private record ReceiptsDue(long open, long overdue) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("citybridge.circulars.receipts.due", due, figures -> figures.get().open()).tag("state", "open")
                .description(DESCRIPTION).register(registry);
        Gauge.builder("citybridge.circulars.receipts.due", due, figures -> figures.get().overdue()).tag("state", "overdue")
                .description(DESCRIPTION).register(registry);
    }
}
