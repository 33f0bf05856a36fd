package org.citybridge.circulars;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    /**
     * Receipt response by province over the circulars expecting a reply issued since {@code since} whose deadline has
     * passed, within the scope of the secretariat or a province coordinator.
     */
    public List<ProvinceResponseRate> responseRatesByProvince(Instant since) {
        SqlCondition within = Actors.requireFollowingCities().scope().where("d.city_code", "d.province_code");
        return jdbc.sql("""
                        SELECT d.province_code AS code, min(d.province_name) AS name, count(DISTINCT c.id) AS circulars,
                               count(*) AS expected,
                               count(*) FILTER (WHERE d.first_replied_at <= c.deadline) AS on_time,
                               count(d.first_replied_at) AS replied
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status = :issued AND %s AND c.deadline < :now AND c.issued_at >= :since AND %s
                        GROUP BY d.province_code ORDER BY d.province_code""".formatted(DeliveryStatusSql.EXPECTS_REPLY, within.sql()))
                .param("issued", CircularStatus.ISSUED.name()).param("now", Timestamp.from(clock.instant()))
                .param("since", Timestamp.from(since)).params(within.params())
                .query(ProvinceResponseRate.class).list();
    }

    /**
     * The median time to the first reply of the circulars expecting one issued in each month from {@code first} to
     * {@code last} (the deployment's time zone), within the caller's scope; months without such circulars left out.
     */
    public List<MonthlyResponseTime> responseTimesByMonth(YearMonth first, YearMonth last) {
        SqlCondition within = Actors.requireFollowingCities().scope().where("d.city_code", "d.province_code");
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                        SELECT to_char(c.issued_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(DISTINCT c.id) AS circulars,
                               count(d.first_replied_at) AS replies,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(EPOCH FROM d.first_replied_at - c.issued_at) / 3600)
                                   AS median_hours
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.status = :issued AND %s AND c.issued_at >= :from AND c.issued_at < :until AND %s
                        GROUP BY 1 ORDER BY 1""".formatted(DeliveryStatusSql.EXPECTS_REPLY, within.sql()))
                .param("zone", zone.getId()).param("issued", CircularStatus.ISSUED.name())
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
                .param("until", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .params(within.params())
                .query((rs, n) -> new MonthlyResponseTime(YearMonth.parse(rs.getString("month")), rs.getLong("circulars"),
                        rs.getLong("replies"), rs.getObject("median_hours") == null ? null : rs.getDouble("median_hours")))
                .list();
    }
}
