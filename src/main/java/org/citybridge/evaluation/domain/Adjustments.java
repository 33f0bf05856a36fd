package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.evaluation.Adjustment;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.files.FileAccessRule;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual points (加分/扣分) the secretariat gives a city, and optionally one of its liaisons, with a reason and an evidence
 * file; the file is readable by whoever reads that city's evaluation.
 */
@Service
@Transactional
public class Adjustments implements FileAccessRule {

    public static final int MAX_REASON = 500;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final EvaluationYears years;
    private final EvaluationAccess access;
    private final CityDirectory directory;
    private final FileStore files;
    private final Clock clock;

    Adjustments(JdbcClient jdbc, EvaluationYears years, EvaluationAccess access, CityDirectory directory, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.years = years;
        this.access = access;
        this.directory = directory;
        this.files = files;
        this.clock = clock;
    }

    public record NewAdjustment(String cityCode, Long personId, BigDecimal points, String reason, Upload evidence) {
    }

    public long add(int year, NewAdjustment adjustment) {
        Actor actor = access.requireSecretariat();
        if (years.lock(year).status() == EvaluationStatus.CLOSED) {
            throw new RuleViolation(null, "evaluation.error.closed");
        }
        if (!directory.cityExists(adjustment.cityCode())) {
            throw new RuleViolation("cityCode", "evaluation.error.unknownCity", adjustment.cityCode());
        }
        BigDecimal points = adjustment.points();
        if (points == null || points.signum() == 0 || points.abs().compareTo(MAX_POINTS) > 0 || points.scale() > 2) {
            throw new RuleViolation("points", "evaluation.error.points", MAX_POINTS);
        }
        String reason = adjustment.reason() == null ? "" : adjustment.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new RuleViolation("reason", "evaluation.error.reason", MAX_REASON);
        }
        if (adjustment.personId() != null && directory.liaisonPost(adjustment.personId(), adjustment.cityCode()).isEmpty()) {
            throw new RuleViolation("personId", "evaluation.error.notLiaisonOfCity");
        }
        UUID fileId = adjustment.evidence() == null ? null : files.store(adjustment.evidence(), FilePolicy.DOCUMENTS, "evidence").id();
        return jdbc.sql("""
                        INSERT INTO evaluation_adjustment (year, city_code, person_id, points, reason, file_id, created_by, created_at)
                        VALUES (:year, :city, :person, :points, :reason, :file, :by, :at) RETURNING id""")
                .param("year", year).param("city", adjustment.cityCode()).param("person", adjustment.personId())
                .param("points", points).param("reason", reason).param("file", fileId).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** The year's manual points, without access check: for the scores, which check it. */
    @Transactional(readOnly = true)
    List<Adjustment> of(int year) {
        return jdbc.sql("""
                        SELECT id, year, city_code, person_id, points, reason, file_id, created_by, created_at
                        FROM evaluation_adjustment WHERE year = :year ORDER BY city_code, created_at, id""")
                .param("year", year)
                .query((rs, n) -> new Adjustment(rs.getLong("id"), rs.getInt("year"), rs.getString("city_code"),
                        rs.getObject("person_id", Long.class), rs.getBigDecimal("points"), rs.getString("reason"),
                        rs.getObject("file_id", UUID.class), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** An evidence file is served to whoever may read the evaluation of its city in its year. */
    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        record Owner(int year, String cityCode) {
        }
        return jdbc.sql("SELECT year, city_code FROM evaluation_adjustment WHERE file_id = :file").param("file", fileId)
                .query(Owner.class).list().stream().anyMatch(owner -> {
                    EvaluationYearView year = years.load(owner.year()).orElse(null);
                    List<CityRef> city = directory.cityRefs(List.of(owner.cityCode()));
                    return year != null && !city.isEmpty() && access.mayRead(actor, year)
                            && actor.scope().covers(owner.cityCode(), city.get(0).provinceCode());
                });
    }
}
