package org.citybridge.circulars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.citybridge.circulars.domain.CircularStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
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
        Actor actor = Actors.currentOrSystem();
        String scope;
        String value;
        if (actor.isSecretariat()) {
            scope = "TRUE";
            value = "";
        } else if (actor.role() == Role.PROVINCE) {
            scope = "d.province_code = :scope";
            value = actor.provinceCode();
        } else if (actor.role() == Role.LIAISON && actor.cityCode() != null) {
            scope = "d.city_code = :scope";
            value = actor.cityCode();
        } else {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(jdbc.sql("""
                        SELECT count(DISTINCT c.id) FILTER (WHERE c.receipt_form IS NOT NULL AND c.deadline >= :now) AS open,
                               count(*) FILTER (WHERE c.receipt_form IS NOT NULL AND c.deadline >= :now AND d.first_replied_at IS NOT NULL) AS replied,
                               count(*) FILTER (WHERE c.receipt_form IS NOT NULL AND c.deadline >= :now) AS expected,
                               count(*) FILTER (WHERE c.receipt_form IS NOT NULL AND c.deadline < :now AND c.deadline >= :recent
                                                AND d.first_replied_at IS NULL) AS overdue,
                               count(*) FILTER (WHERE d.read_at IS NULL) AS unread
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status = :issued AND """ + " " + scope)
                .param("issued", CircularStatus.ISSUED.name()).param("now", Timestamp.from(now)).param("recent", Timestamp.from(now.minus(30, ChronoUnit.DAYS)))
                .param("scope", value)
                .query(CircularOverview.class).single());
    }
}
