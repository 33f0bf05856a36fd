package org.citybridge.circulars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.citybridge.circulars.domain.CircularStatus;
import org.citybridge.circulars.domain.DeliveryStatusSql;
import org.citybridge.shared.Actors;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The circular figures for the signed-in user's dashboard, within their scope. */
@Service
@Transactional(readOnly = true)
public class CircularFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    CircularFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<CircularOverview> forCurrentActor() {
        CityScope scope = Actors.currentOrSystem().scope();
        if (scope instanceof CityScope.None) {
            return Optional.empty();
        }
        SqlCondition within = scope.where("d.city_code", "d.province_code");
        Instant now = clock.instant();
        return Optional.of(jdbc.sql("""
                        SELECT count(DISTINCT c.id) FILTER (WHERE %1$s AND c.deadline >= :now) AS open,
                               count(*) FILTER (WHERE %1$s AND c.deadline >= :now AND d.first_replied_at IS NOT NULL) AS replied,
                               count(*) FILTER (WHERE %1$s AND c.deadline >= :now) AS expected,
                               count(*) FILTER (WHERE %1$s AND c.deadline < :now AND c.deadline >= :recent
                                                AND d.first_replied_at IS NULL) AS overdue,
                               count(*) FILTER (WHERE d.read_at IS NULL) AS unread
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status = :issued AND\s""".formatted(DeliveryStatusSql.EXPECTS_REPLY) + within.sql())
                .param("issued", CircularStatus.ISSUED.name()).param("now", Timestamp.from(now)).param("recent", Timestamp.from(now.minus(30, ChronoUnit.DAYS)))
                .params(within.params())
                .query(CircularOverview.class).single());
    }
}
