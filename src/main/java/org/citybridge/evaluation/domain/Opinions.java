package org.citybridge.evaluation.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.OpinionView;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The province coordinator's opinion on each city of its province, one per city and year, rewritten until the year closes. */
@Service
@Transactional
public class Opinions {

    public static final int MAX_OPINION = 2000;

    private final JdbcClient jdbc;
    private final EvaluationYears years;
    private final CityDirectory directory;
    private final Clock clock;

    Opinions(JdbcClient jdbc, EvaluationYears years, CityDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.years = years;
        this.directory = directory;
        this.clock = clock;
    }

    public void write(int year, String cityCode, String opinion) {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.PROVINCE) {
            throw new AccessDeniedException("only the province coordinator writes opinions");
        }
        List<CityRef> city = directory.cityRefs(List.of(cityCode));
        if (city.isEmpty() || !actor.scope().covers(cityCode, city.get(0).provinceCode())) {
            throw new NotFoundException(EvaluationAccess.UNKNOWN_CITY, cityCode);
        }
        if (years.lock(year).status() == EvaluationStatus.CLOSED) {
            throw new RuleViolation(null, "evaluation.error.closed");
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() || text.length() > MAX_OPINION) {
            throw new RuleViolation("opinion", "evaluation.error.opinion", MAX_OPINION);
        }
        jdbc.sql("""
                        INSERT INTO evaluation_opinion (year, city_code, opinion, written_by, written_at)
                        VALUES (:year, :city, :opinion, :by, :at)
                        ON CONFLICT (year, city_code) DO UPDATE SET opinion = :opinion, written_by = :by, written_at = :at""")
                .param("year", year).param("city", cityCode).param("opinion", text).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The opinion on the city's year, without access check: for the scorecard, which checks it. */
    @Transactional(readOnly = true)
    Optional<OpinionView> of(int year, String cityCode) {
        return jdbc.sql("SELECT year, city_code, opinion, written_by, written_at FROM evaluation_opinion WHERE year = :year AND city_code = :city")
                .param("year", year).param("city", cityCode)
                .query((rs, n) -> new OpinionView(rs.getInt("year"), rs.getString("city_code"), rs.getString("opinion"),
                        rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
                .optional();
    }
}
