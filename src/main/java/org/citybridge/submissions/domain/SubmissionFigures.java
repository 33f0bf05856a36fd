package org.citybridge.submissions.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.AdoptionReport;
import org.citybridge.submissions.CityFigures;
import org.citybridge.submissions.MonthlyAdoptions;
import org.citybridge.submissions.ProvinceFigures;
import org.citybridge.submissions.SubmissionStatistics;
import org.citybridge.submissions.SubmissionTrends;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoption figures of the reports first submitted in a period: submitted, adopted, published (adopted and live on
 * the portal now, as the portal says: {@link PortalApi#liveArticles}) and the adoption rate.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionFigures implements SubmissionStatistics, SubmissionTrends {

    private final JdbcClient jdbc;
    private final SubmissionAccess access;
    private final PortalApi portal;
    private final Clock clock;

    SubmissionFigures(JdbcClient jdbc, SubmissionAccess access, PortalApi portal, Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<CityFigures> cityFigures(LocalDate from, LocalDate to) {
        return query(from, to, new CityScope.All());
    }

    /** The statistics page: the secretariat sees every city, a province coordinator its province's. */
    public AdoptionReport report(LocalDate from, LocalDate to) {
        Actor actor = access.requireStatistics();
        if (from == null || to == null) {
            throw new RuleViolation("from", "submission.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "submission.error.periodReversed");
        }
        List<CityFigures> cities = query(from, to, actor.scope());
        Map<String, List<CityFigures>> byProvince = new LinkedHashMap<>();
        cities.forEach(c -> byProvince.computeIfAbsent(c.provinceCode(), p -> new ArrayList<>()).add(c));
        List<ProvinceFigures> provinces = byProvince.values().stream()
                .map(list -> sum(list.get(0).provinceCode(), list.get(0).provinceName(), list)).toList();
        return new AdoptionReport(from, to, cities, provinces, sum(null, null, cities));
    }

    @Override
    public List<MonthlyAdoptions> adoptedPerMonth(YearMonth first, YearMonth last) {
        SqlCondition cities = access.requireStatistics().scope().where("s.city_code", "s.province_code");
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                        SELECT to_char(s.decided_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS adopted
                        FROM submission s
                        WHERE s.status = 'ADOPTED' AND s.decided_at >= :from AND s.decided_at < :until AND %s
                        GROUP BY 1 ORDER BY 1""".formatted(cities.sql()))
                .param("zone", zone.getId())
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
                .param("until", Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .params(cities.params())
                .query((rs, n) -> new MonthlyAdoptions(YearMonth.parse(rs.getString("month")), rs.getLong("adopted")))
                .list();
    }

    private List<CityFigures> query(LocalDate from, LocalDate to, CityScope scope) {
        var zone = clock.getZone();
        SqlCondition cities = scope.where("s.city_code", "s.province_code");
        List<CityCount> counts = jdbc.sql("""
                        SELECT s.city_code, min(s.city_name) AS city_name, min(s.province_code) AS province_code,
                               min(s.province_name) AS province_name, count(*) AS submitted,
                               count(*) FILTER (WHERE s.status = 'ADOPTED') AS adopted,
                               array_agg(s.article_id) FILTER (WHERE s.status = 'ADOPTED' AND s.article_id IS NOT NULL)
                                   AS adopted_articles
                        FROM submission s
                        WHERE s.first_submitted_at >= :from AND s.first_submitted_at < :to
                          AND %s
                        GROUP BY s.city_code ORDER BY min(s.province_code), s.city_code""".formatted(cities.sql()))
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .params(cities.params())
                .query((rs, n) -> new CityCount(new CityFigures(rs.getString("city_code"), rs.getString("city_name"),
                        rs.getString("province_code"), rs.getString("province_name"), rs.getLong("submitted"),
                        rs.getLong("adopted"), 0), articleIds(rs.getArray("adopted_articles"))))
                .list();
        Set<Long> live = portal.liveArticles(counts.stream().flatMap(c -> c.adoptedArticles().stream()).toList());
        return counts.stream().map(c -> c.withPublished(c.adoptedArticles().stream().filter(live::contains).count())).toList();
    }

    private static List<Long> articleIds(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(id -> ((Number) id).longValue()).toList();
    }

    /** A city's figures before asking the portal which of its adopted reports' articles are live. */
    private record CityCount(CityFigures figures, List<Long> adoptedArticles) {
        CityFigures withPublished(long published) {
            return new CityFigures(figures.cityCode(), figures.cityName(), figures.provinceCode(), figures.provinceName(),
                    figures.submitted(), figures.adopted(), published);
        }
    }

    private static ProvinceFigures sum(String code, String name, List<CityFigures> cities) {
        return new ProvinceFigures(code, name, cities.size(), cities.stream().mapToLong(CityFigures::submitted).sum(),
                cities.stream().mapToLong(CityFigures::adopted).sum(), cities.stream().mapToLong(CityFigures::published).sum());
    }
}
