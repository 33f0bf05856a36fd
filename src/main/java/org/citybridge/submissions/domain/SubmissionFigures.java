package org.citybridge.submissions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.AdoptionReport;
import org.citybridge.submissions.CityFigures;
import org.citybridge.submissions.ProvinceFigures;
import org.citybridge.submissions.SubmissionStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoption figures of the reports first submitted in a period: submitted, adopted, published (adopted and live on
 * the portal now: a read model over the portal's article table, as reports may do) and the adoption rate.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionFigures implements SubmissionStatistics {

    private final JdbcClient jdbc;
    private final SubmissionAccess access;
    private final Clock clock;

    SubmissionFigures(JdbcClient jdbc, SubmissionAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<CityFigures> cityFigures(LocalDate from, LocalDate to) {
        return query(from, to, null);
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
        List<CityFigures> cities = query(from, to, actor.role() == Role.PROVINCE ? actor.provinceCode() : null);
        Map<String, List<CityFigures>> byProvince = new LinkedHashMap<>();
        cities.forEach(c -> byProvince.computeIfAbsent(c.provinceCode(), p -> new ArrayList<>()).add(c));
        List<ProvinceFigures> provinces = byProvince.values().stream()
                .map(list -> sum(list.get(0).provinceCode(), list.get(0).provinceName(), list)).toList();
        return new AdoptionReport(from, to, cities, provinces, sum(null, null, cities));
    }

    private List<CityFigures> query(LocalDate from, LocalDate to, String province) {
        var zone = clock.getZone();
        return jdbc.sql("""
                        SELECT s.city_code, min(s.city_name) AS city_name, min(s.province_code) AS province_code,
                               min(s.province_name) AS province_name, count(*) AS submitted,
                               count(*) FILTER (WHERE s.status = 'ADOPTED') AS adopted,
                               count(*) FILTER (WHERE s.status = 'ADOPTED' AND EXISTS (
                                   SELECT 1 FROM article a WHERE a.id = s.article_id AND a.status = 'PUBLISHED'
                                   AND (a.publish_at IS NULL OR a.publish_at <= :now)
                                   AND (a.expire_at IS NULL OR a.expire_at > :now))) AS published
                        FROM submission s
                        WHERE s.first_submitted_at >= :from AND s.first_submitted_at < :to
                          AND (CAST(:province AS TEXT) IS NULL OR s.province_code = :province)
                        GROUP BY s.city_code ORDER BY min(s.province_code), s.city_code""")
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .param("now", Timestamp.from(clock.instant()))
                .param("province", province)
                .query(CityFigures.class).list();
    }

    private static ProvinceFigures sum(String code, String name, List<CityFigures> cities) {
        return new ProvinceFigures(code, name, cities.size(), cities.stream().mapToLong(CityFigures::submitted).sum(),
                cities.stream().mapToLong(CityFigures::adopted).sum(), cities.stream().mapToLong(CityFigures::published).sum());
    }
}
