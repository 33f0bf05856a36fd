package org.citybridge.circulars.domain;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records what happened to a city's delivery and who did it. */
@Component
class DeliveryJournal {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryJournal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long deliveryId, String kind, String detail, String actor) {
        jdbc.sql("INSERT INTO circular_delivery_event (delivery_id, kind, detail, actor, at) VALUES (:id, :kind, :detail, :actor, :at)")
                .param("id", deliveryId).param("kind", kind).param("detail", detail).param("actor", actor)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
