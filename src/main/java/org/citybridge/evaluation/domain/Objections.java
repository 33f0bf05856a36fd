package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.EvaluationYearView;
import org.citybridge.evaluation.EvidenceSource;
import org.citybridge.evaluation.IndicatorKind;
import org.citybridge.evaluation.ObjectionLogEntry;
import org.citybridge.evaluation.ObjectionStatus;
import org.citybridge.evaluation.ObjectionView;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (申诉) to a city's score: raised by the city's liaison while the year's window is open, optionally on one
 * indicator or piece of evidence, with a reason and an attachment; answered once by the secretariat, accepted (with
 * manual points, which change the score) or rejected. Each change is logged with the city's total before and after,
 * and the city sees the log. Objections of a city outside the caller's scope are unknown (404).
 */
@Service
@Transactional
public class Objections {

    public static final int MAX_TEXT = 2000;
    static final String UNKNOWN = "evaluation.objection.error.unknown";

    private final JdbcClient jdbc;
    private final EvaluationYears years;
    private final EvaluationScores scores;
    private final EvaluationAccess access;
    private final Adjustments adjustments;
    private final CityDirectory directory;
    private final FileStore files;
    private final Clock clock;

    Objections(JdbcClient jdbc, EvaluationYears years, EvaluationScores scores, EvaluationAccess access,
               Adjustments adjustments, CityDirectory directory, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.years = years;
        this.scores = scores;
        this.access = access;
        this.adjustments = adjustments;
        this.directory = directory;
        this.files = files;
        this.clock = clock;
    }

    /** What a liaison objects to; the city, when given, must be the liaison's own. */
    public record NewObjection(String cityCode, IndicatorKind indicator, EvidenceSource evidenceSource, Long evidenceItem,
                               String reason, Upload attachment) {
    }

    /** The secretariat's answer; {@code points} (accepted only, optional) become manual points on the city. */
    public record Answer(boolean accepted, BigDecimal points, String text) {
    }

    public long raise(int year, NewObjection objection) {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.LIAISON || actor.cityCode() == null) {
            throw new AccessDeniedException("only a city's liaison raises objections");
        }
        String city = actor.cityCode();
        if (objection.cityCode() != null && !objection.cityCode().isBlank() && !objection.cityCode().strip().equals(city)) {
            throw new NotFoundException("evaluation.objection.error.otherCity");
        }
        years.year(year);
        EvaluationYearView view = years.lock(year);
        requireWindowOpen(view);
        BigDecimal total = scores.city(year, city).score().total();
        checkEvidence(year, city, objection);
        String reason = text(objection.reason(), "reason", true);
        UUID fileId = objection.attachment() == null ? null
                : files.store(objection.attachment(), FilePolicy.DOCUMENTS, "attachment").id();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO evaluation_objection (year, city_code, indicator, evidence_source, evidence_item, reason, file_id,
                                                          status, raised_by, raised_at)
                        VALUES (:year, :city, :indicator, :source, :item, :reason, :file, 'OPEN', :by, :at) RETURNING id""")
                .param("year", year).param("city", city)
                .param("indicator", objection.indicator() == null ? null : objection.indicator().name())
                .param("source", objection.evidenceSource() == null ? null : objection.evidenceSource().name())
                .param("item", objection.evidenceSource() == null ? null : objection.evidenceItem())
                .param("reason", reason).param("file", fileId).param("by", actor.username()).param("at", Timestamp.from(now))
                .query(Long.class).single();
        log(id, "RAISED", null, ObjectionStatus.OPEN, total, total, null, actor, now);
        return id;
    }

    public void answer(int year, long id, Answer answer) {
        Actor actor = access.requireSecretariat();
        if (years.lock(year).status() == EvaluationStatus.CLOSED) {
            throw new RuleViolation(null, "evaluation.error.closed");
        }
        ObjectionView objection = load(year, id);
        if (objection.status() != ObjectionStatus.OPEN) {
            throw new RuleViolation(null, "evaluation.objection.error.answered");
        }
        String text = text(answer.text(), "answer", true);
        if (!answer.accepted() && answer.points() != null) {
            throw new RuleViolation("points", "evaluation.objection.error.pointsOnRejection");
        }
        BigDecimal before = scores.city(year, objection.cityCode()).score().total();
        Long adjustment = answer.points() == null ? null : adjustments.add(year, new Adjustments.NewAdjustment(
                objection.cityCode(), null, answer.points(), adjustmentReason(id, text), null));
        BigDecimal after = adjustment == null ? before : scores.city(year, objection.cityCode()).score().total();
        ObjectionStatus status = answer.accepted() ? ObjectionStatus.ACCEPTED : ObjectionStatus.REJECTED;
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE evaluation_objection SET status = :status, answer = :answer, adjustment_id = :adjustment,
                               answered_by = :by, answered_at = :at WHERE id = :id""")
                .param("status", status.name()).param("answer", text).param("adjustment", adjustment)
                .param("by", actor.username()).param("at", Timestamp.from(now)).param("id", id).update();
        log(id, status.name(), ObjectionStatus.OPEN, status, before, after, text, actor, now);
    }

    /** The year's objections of the cities within the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<ObjectionView> of(int year) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        return rows("o.year = :year", Map.of("year", year)).stream()
                .filter(o -> covers(actor, o.cityCode())).toList();
    }

    /** One objection with its log; one of a city outside the caller's scope (or of another year) is unknown. */
    @Transactional(readOnly = true)
    public ObjectionView one(int year, long id) {
        EvaluationYearView view = years.year(year);
        Actor actor = access.requireReader(view);
        ObjectionView objection = load(year, id);
        if (!covers(actor, objection.cityCode())) {
            throw new NotFoundException(UNKNOWN, String.valueOf(id));
        }
        return objection;
    }

    private void requireWindowOpen(EvaluationYearView view) {
        if (view.status() != EvaluationStatus.SCORED) {
            throw new RuleViolation(null, "evaluation.objection.error.notScored");
        }
        switch (view.objectionWindow().at(clock.instant())) {
            case OPEN -> {
            }
            case UNSET -> throw new RuleViolation(null, "evaluation.objection.error.noWindow");
            case NOT_YET_OPEN -> throw new RuleViolation(null, "evaluation.objection.error.notYetOpen");
            case CLOSED -> throw new RuleViolation(null, "evaluation.objection.error.windowClosed");
        }
    }

    /** A named piece of evidence must be one of the city's for the year (and of the indicator, if that is named too). */
    private void checkEvidence(int year, String city, NewObjection objection) {
        if ((objection.evidenceSource() == null) != (objection.evidenceItem() == null)) {
            throw new RuleViolation("evidenceItem", "evaluation.objection.error.evidence");
        }
        if (objection.evidenceSource() == null) {
            return;
        }
        if (scores.city(year, city).evidence(objection.evidenceSource(), objection.evidenceItem(), objection.indicator()).isEmpty()) {
            throw new RuleViolation("evidenceItem", "evaluation.objection.error.evidence");
        }
    }

    private static String text(String value, String field, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty() || text.length() > MAX_TEXT) {
            throw new RuleViolation(field, "evaluation.objection.error." + field, String.valueOf(MAX_TEXT));
        }
        return text;
    }

    private static String adjustmentReason(long id, String answer) {
        String reason = "申诉 #" + id + "：" + answer;
        return reason.length() > Adjustments.MAX_REASON ? reason.substring(0, Adjustments.MAX_REASON) : reason;
    }

    private boolean covers(Actor actor, String cityCode) {
        return ObjectionFiles.covers(directory, actor, cityCode);
    }

    private void log(long id, String action, ObjectionStatus before, ObjectionStatus after, BigDecimal totalBefore,
                     BigDecimal totalAfter, String note, Actor actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO evaluation_objection_log (objection_id, action, status_before, status_after, total_before,
                                                              total_after, note, done_by, done_at)
                        VALUES (:id, :action, :before, :after, :totalBefore, :totalAfter, :note, :by, :at)""")
                .param("id", id).param("action", action).param("before", before == null ? null : before.name())
                .param("after", after.name()).param("totalBefore", totalBefore).param("totalAfter", totalAfter)
                .param("note", note).param("by", actor.username()).param("at", Timestamp.from(at)).update();
    }

    private ObjectionView load(int year, long id) {
        return rows("o.year = :year AND o.id = :id", Map.of("year", year, "id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(UNKNOWN, String.valueOf(id)));
    }

    private List<ObjectionView> rows(String where, Map<String, Object> params) {
        List<Row> rows = jdbc.sql("""
                        SELECT o.id, o.year, o.city_code, o.indicator, o.evidence_source, o.evidence_item, o.reason, o.file_id,
                               o.status, o.answer, a.points, o.raised_by, o.raised_at, o.answered_by, o.answered_at
                        FROM evaluation_objection o LEFT JOIN evaluation_adjustment a ON a.id = o.adjustment_id
                        WHERE\s""" + where + " ORDER BY o.raised_at DESC, o.id DESC")
                .params(params).query(Objections::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = directory.cityRefs(rows.stream().map(Row::cityCode).distinct().toList()).stream()
                .collect(Collectors.toMap(CityRef::code, CityRef::name));
        Map<Long, List<ObjectionLogEntry>> logs = logs(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> r.view(names.getOrDefault(r.cityCode(), r.cityCode()), logs.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private Map<Long, List<ObjectionLogEntry>> logs(List<Long> ids) {
        record Entry(long objectionId, ObjectionLogEntry entry) {
        }
        return jdbc.sql("""
                        SELECT objection_id, action, status_before, status_after, total_before, total_after, note, done_by, done_at
                        FROM evaluation_objection_log WHERE objection_id IN (:ids) ORDER BY id""")
                .param("ids", ids)
                .query((rs, n) -> new Entry(rs.getLong("objection_id"), new ObjectionLogEntry(rs.getString("action"),
                        status(rs.getString("status_before")), status(rs.getString("status_after")),
                        rs.getBigDecimal("total_before"), rs.getBigDecimal("total_after"), rs.getString("note"),
                        rs.getString("done_by"), rs.getTimestamp("done_at").toInstant())))
                .list().stream().collect(Collectors.groupingBy(Entry::objectionId,
                        Collectors.mapping(Entry::entry, Collectors.toList())));
    }

    private record Row(long id, int year, String cityCode, IndicatorKind indicator, EvidenceSource source, Long item,
                       String reason, UUID fileId, ObjectionStatus status, String answer, BigDecimal points, String raisedBy,
                       Instant raisedAt, String answeredBy, Instant answeredAt) {

        ObjectionView view(String cityName, List<ObjectionLogEntry> log) {
            return new ObjectionView(id, year, cityCode, cityName, indicator, source, item, reason, fileId, status, answer,
                    points, raisedBy, raisedAt, answeredBy, answeredAt, log);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Row(rs.getLong("id"), rs.getInt("year"), rs.getString("city_code"),
                valueOf(IndicatorKind::valueOf, rs.getString("indicator")), valueOf(EvidenceSource::valueOf, rs.getString("evidence_source")),
                rs.getObject("evidence_item", Long.class), rs.getString("reason"), rs.getObject("file_id", UUID.class),
                ObjectionStatus.valueOf(rs.getString("status")), rs.getString("answer"), rs.getBigDecimal("points"),
                rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(), rs.getString("answered_by"),
                answered == null ? null : answered.toInstant());
    }

    private static ObjectionStatus status(String name) {
        return valueOf(ObjectionStatus::valueOf, name);
    }

    private static <T> T valueOf(Function<String, T> parse, String name) {
        return name == null ? null : parse.apply(name);
    }
}
