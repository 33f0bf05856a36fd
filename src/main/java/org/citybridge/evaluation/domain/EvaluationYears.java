package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;

import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.evaluation.Indicator;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The years under evaluation: created by the secretariat with the default indicators, weighted while a draft, then
 * scored (visible to the cities) and closed; DRAFT → SCORED → CLOSED, back from SCORED to DRAFT to correct weights.
 */
@Service
@Transactional
public class EvaluationYears {

    public static final int MAX_WEIGHT = 100;

    private final JdbcClient jdbc;
    private final EvaluationAccess access;
    private final Clock clock;

    EvaluationYears(JdbcClient jdbc, EvaluationAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The years the caller may read, latest first. */
    @Transactional(readOnly = true)
    public List<EvaluationYearView> years() {
        Actor actor = access.requireAnyReader();
        return jdbc.sql("SELECT year FROM evaluation_year ORDER BY year DESC").query(Integer.class).list().stream()
                .map(this::load).flatMap(Optional::stream).filter(y -> access.mayRead(actor, y)).toList();
    }

    /** The year, if the caller may read it; unknown (404) otherwise. */
    @Transactional(readOnly = true)
    public EvaluationYearView year(int year) {
        access.requireAnyReader();
        EvaluationYearView view = load(year).orElseThrow(() -> new NotFoundException(EvaluationAccess.UNKNOWN_YEAR, String.valueOf(year)));
        access.requireReader(view);
        return view;
    }

    public void create(int year, Long measuresId) {
        Actor actor = access.requireSecretariat();
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "evaluation.error.yearRange");
        }
        if (load(year).isPresent()) {
            throw new RuleViolation("year", "evaluation.error.yearExists", String.valueOf(year));
        }
        requireMeasures(measuresId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO evaluation_year (year, measures_id, status, created_by, created_at, updated_at)
                        VALUES (:year, :measures, :status, :by, :now, :now)""")
                .param("year", year).param("measures", measuresId).param("status", EvaluationStatus.DRAFT.name())
                .param("by", actor.username()).param("now", now).update();
        for (IndicatorKind kind : IndicatorKind.values()) {
            Indicator indicator = kind.byDefault();
            jdbc.sql("INSERT INTO evaluation_indicator (year, kind, weight, days, cap) VALUES (:year, :kind, :weight, :days, :cap)")
                    .param("year", year).param("kind", kind.name()).param("weight", indicator.weight())
                    .param("days", indicator.days()).param("cap", indicator.cap()).update();
        }
    }

    /** New weights and parameters, each kind given once; only while the year is a draft. */
    public void reweigh(int year, List<Indicator> indicators) {
        access.requireSecretariat();
        EvaluationYearView view = lock(year);
        if (view.status() != EvaluationStatus.DRAFT) {
            throw new RuleViolation(null, "evaluation.error.notDraft");
        }
        for (Indicator indicator : indicators) {
            check(indicator);
            jdbc.sql("UPDATE evaluation_indicator SET weight = :weight, days = :days, cap = :cap WHERE year = :year AND kind = :kind")
                    .param("weight", indicator.weight()).param("days", indicator.kind().takesDays() ? indicator.days() : null)
                    .param("cap", indicator.kind().takesCap() ? indicator.cap() : null)
                    .param("year", year).param("kind", indicator.kind().name()).update();
        }
        touch(year);
    }

    public void changeMeasures(int year, Long measuresId) {
        access.requireSecretariat();
        lock(year);
        requireMeasures(measuresId);
        jdbc.sql("UPDATE evaluation_year SET measures_id = :measures WHERE year = :year").param("measures", measuresId)
                .param("year", year).update();
        touch(year);
    }

    public void changeStatus(int year, EvaluationStatus wanted) {
        access.requireSecretariat();
        EvaluationStatus current = lock(year).status();
        boolean legal = switch (current) {
            case DRAFT -> wanted == EvaluationStatus.SCORED;
            case SCORED -> wanted == EvaluationStatus.DRAFT || wanted == EvaluationStatus.CLOSED;
            case CLOSED -> false;
        };
        if (!legal) {
            throw new RuleViolation("status", "evaluation.error.illegalStatus", current, wanted);
        }
        jdbc.sql("UPDATE evaluation_year SET status = :status WHERE year = :year").param("status", wanted.name())
                .param("year", year).update();
        touch(year);
    }

    /** Sets the window in which the cities may object to their scores (申诉期); both ends or neither. */
    public void setObjectionWindow(int year, Instant openAt, Instant closeAt) {
        access.requireSecretariat();
        if (lock(year).status() == EvaluationStatus.CLOSED) {
            throw new RuleViolation(null, "evaluation.error.closed");
        }
        if ((openAt == null) != (closeAt == null) || openAt != null && !openAt.isBefore(closeAt)) {
            throw new RuleViolation("objectionsCloseAt", "evaluation.error.window");
        }
        jdbc.sql("UPDATE evaluation_year SET objections_open_at = :open, objections_close_at = :close WHERE year = :year")
                .param("open", openAt == null ? null : Timestamp.from(openAt))
                .param("close", closeAt == null ? null : Timestamp.from(closeAt)).param("year", year).update();
        touch(year);
    }

    /** The year as stored, without access check, for the other services of the module. */
    Optional<EvaluationYearView> load(int year) {
        record Row(int year, Long measuresId, String versionLabel, String status, Timestamp objectionsOpenAt,
                   Timestamp objectionsCloseAt) {
        }
        return jdbc.sql("""
                        SELECT y.year, y.measures_id, m.version_label, y.status, y.objections_open_at, y.objections_close_at
                        FROM evaluation_year y LEFT JOIN evaluation_measures m ON m.id = y.measures_id WHERE y.year = :year""")
                .param("year", year).query(Row.class).optional()
                .map(r -> new EvaluationYearView(r.year(), r.measuresId(), r.versionLabel(), EvaluationStatus.valueOf(r.status()),
                        instant(r.objectionsOpenAt()), instant(r.objectionsCloseAt()), indicators(year)));
    }

    /** The year locked for a change; unknown (404) if there is none. */
    EvaluationYearView lock(int year) {
        jdbc.sql("SELECT year FROM evaluation_year WHERE year = :year FOR UPDATE").param("year", year).query(Integer.class)
                .optional().orElseThrow(() -> new NotFoundException(EvaluationAccess.UNKNOWN_YEAR, String.valueOf(year)));
        return load(year).orElseThrow();
    }

    private List<Indicator> indicators(int year) {
        return jdbc.sql("SELECT kind, weight, days, cap FROM evaluation_indicator WHERE year = :year").param("year", year)
                .query((rs, n) -> new Indicator(IndicatorKind.valueOf(rs.getString("kind")), rs.getBigDecimal("weight"),
                        rs.getObject("days", Integer.class), rs.getObject("cap", Integer.class)))
                .list().stream().sorted(Comparator.comparing(Indicator::kind)).toList();
    }

    private static void check(Indicator indicator) {
        String field = "weights[" + indicator.kind().name() + "]";
        if (indicator.weight() == null || indicator.weight().signum() < 0 || indicator.weight().compareTo(BigDecimal.valueOf(MAX_WEIGHT)) > 0) {
            throw new RuleViolation(field, "evaluation.error.weight", MAX_WEIGHT);
        }
        if (indicator.kind().takesDays() && (indicator.days() == null || indicator.days() < 1 || indicator.days() > 365)) {
            throw new RuleViolation(field, "evaluation.error.days");
        }
        if (indicator.kind().takesCap() && (indicator.cap() == null || indicator.cap() < 1 || indicator.cap() > 1000)) {
            throw new RuleViolation(field, "evaluation.error.cap");
        }
    }

    private void requireMeasures(Long measuresId) {
        if (measuresId != null && jdbc.sql("SELECT count(*) FROM evaluation_measures WHERE id = :id").param("id", measuresId)
                .query(Long.class).single() == 0) {
            throw new RuleViolation("measuresId", "evaluation.error.unknownMeasures");
        }
    }

    private void touch(int year) {
        jdbc.sql("UPDATE evaluation_year SET updated_at = :now WHERE year = :year").param("now", Timestamp.from(clock.instant()))
                .param("year", year).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
