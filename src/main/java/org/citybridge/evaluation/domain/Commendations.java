package org.citybridge.evaluation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.evaluation.CommendationRound;
import org.citybridge.evaluation.CommendationView;
import org.citybridge.evaluation.EvaluationStatus;
import org.citybridge.evaluation.LiaisonScore;
import org.citybridge.evaluation.NoticeObjectionView;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's commendation (表彰), the secretariat's alone: settings; the list proposed from the liaisons' ranking, changed
 * by hand with a reason; the public notice (公示) published on the portal for a number of working days; objections to
 * it recorded and answered while it runs; then the decision, after which nothing changes and each commended liaison has
 * a certificate.
 */
@Service
@Transactional
public class Commendations {

    public static final int MAX_REASON = 500;
    public static final int MAX_TEXT = 2000;
    static final String UNKNOWN = "evaluation.commendation.error.unknown";

    private final JdbcClient jdbc;
    private final EvaluationYears years;
    private final EvaluationScores scores;
    private final EvaluationAccess access;
    private final CityDirectory directory;
    private final PortalApi portal;
    private final Certificates certificates;
    private final Clock clock;

    Commendations(JdbcClient jdbc, EvaluationYears years, EvaluationScores scores, EvaluationAccess access,
                  CityDirectory directory, PortalApi portal, Certificates certificates, Clock clock) {
        this.jdbc = jdbc;
        this.years = years;
        this.scores = scores;
        this.access = access;
        this.directory = directory;
        this.portal = portal;
        this.certificates = certificates;
        this.clock = clock;
    }

    public record Settings(int quota, boolean perProvince, String honour, String certificatePrefix) {
    }

    /** The year's round as it stands; a year without one yet shows the default settings. */
    @Transactional(readOnly = true)
    public CommendationRound round(int year) {
        access.requireSecretariat();
        years.year(year);
        return load(year).orElse(CommendationRound.start(year));
    }

    public void configure(int year, Settings settings) {
        access.requireSecretariat();
        requireStatus(lock(year), CommendationRound.Status.PROPOSING);
        if (settings.quota() < 1 || settings.quota() > 1000) {
            throw new RuleViolation("quota", "evaluation.commendation.error.quota");
        }
        String honour = settings.honour() == null ? "" : settings.honour().strip();
        if (honour.isEmpty() || honour.length() > 40) {
            throw new RuleViolation("honour", "evaluation.commendation.error.honour");
        }
        String prefix = settings.certificatePrefix() == null ? "" : settings.certificatePrefix().strip();
        if (!CertificateSerials.validPrefix(prefix)) {
            throw new RuleViolation("certificatePrefix", "evaluation.commendation.error.prefix");
        }
        jdbc.sql("""
                        UPDATE evaluation_commendation_round SET quota = :quota, quota_per_province = :perProvince,
                               honour = :honour, certificate_prefix = :prefix, updated_at = :now WHERE year = :year""")
                .param("quota", settings.quota()).param("perProvince", settings.perProvince()).param("honour", honour)
                .param("prefix", prefix).param("now", now()).param("year", year).update();
    }

    /**
     * Proposes the list afresh from the liaisons' ranking and the quota: everyone proposed from the ranking before (and
     * any removal of them) is replaced; those added by hand stay.
     */
    public List<CommendationView> propose(int year) {
        Actor actor = access.requireSecretariat();
        CommendationRound round = lock(year);
        requireStatus(round, CommendationRound.Status.PROPOSING);
        if (!years.year(year).status().visibleToCities()) {
            throw new RuleViolation(null, "evaluation.commendation.error.notScored");
        }
        List<LiaisonScore> chosen = CommendationProposal.choose(scores.liaisons(year, null), round.quota(), round.perProvince());
        jdbc.sql("DELETE FROM evaluation_commendation WHERE year = :year AND origin = 'RANKED'").param("year", year).update();
        for (LiaisonScore liaison : chosen) {
            jdbc.sql("""
                            INSERT INTO evaluation_commendation (year, person_id, person_name, city_code, city_name, province_code,
                                   province_name, rank, total, origin, status, created_by, created_at)
                            VALUES (:year, :person, :name, :city, :cityName, :province, :provinceName, :rank, :total, 'RANKED',
                                    'PROPOSED', :by, :at)
                            ON CONFLICT (year, person_id, city_code) DO NOTHING""")
                    .param("year", year).param("person", liaison.personId()).param("name", liaison.personName())
                    .param("city", liaison.cityCode()).param("cityName", liaison.cityName())
                    .param("province", liaison.provinceCode()).param("provinceName", liaison.provinceName())
                    .param("rank", liaison.rank()).param("total", liaison.total()).param("by", actor.username())
                    .param("at", now()).update();
        }
        return list(year);
    }

    /** Adds a liaison of a city by hand, with the reason; only while the list is being proposed. */
    public long add(int year, long personId, String cityCode, String reason) {
        Actor actor = access.requireSecretariat();
        requireStatus(lock(year), CommendationRound.Status.PROPOSING);
        String why = reason(reason, "reason");
        String name = directory.liaisonPost(personId, cityCode)
                .map(p -> p.name())
                .orElseThrow(() -> new RuleViolation("personId", "evaluation.error.notLiaisonOfCity"));
        CityRef city = directory.cityRefs(List.of(cityCode)).get(0);
        List<Long> existing = jdbc.sql("SELECT id FROM evaluation_commendation WHERE year = :year AND person_id = :person AND city_code = :city")
                .param("year", year).param("person", personId).param("city", cityCode).query(Long.class).list();
        if (!existing.isEmpty()) {
            int restored = jdbc.sql("""
                            UPDATE evaluation_commendation SET status = 'PROPOSED', origin = 'MANUAL', added_reason = :reason,
                                   removed_reason = NULL, removed_by = NULL, removed_at = NULL
                            WHERE id = :id AND status = 'REMOVED'""")
                    .param("reason", why).param("id", existing.get(0)).update();
            if (restored == 0) {
                throw new RuleViolation("personId", "evaluation.commendation.error.listed", name);
            }
            return existing.get(0);
        }
        return jdbc.sql("""
                        INSERT INTO evaluation_commendation (year, person_id, person_name, city_code, city_name, province_code,
                               province_name, origin, added_reason, status, created_by, created_at)
                        VALUES (:year, :person, :name, :city, :cityName, :province, :provinceName, 'MANUAL', :reason,
                                'PROPOSED', :by, :at) RETURNING id""")
                .param("year", year).param("person", personId).param("name", name).param("city", cityCode)
                .param("cityName", city.name()).param("province", city.provinceCode()).param("provinceName", city.provinceName())
                .param("reason", why).param("by", actor.username()).param("at", now()).query(Long.class).single();
    }

    /** Takes a liaison off the list with the reason: while proposing, and while the notice runs (after an objection, say). */
    public void remove(int year, long id, String reason) {
        Actor actor = access.requireSecretariat();
        CommendationRound round = lock(year);
        if (round.status() == CommendationRound.Status.DECIDED) {
            throw new RuleViolation(null, "evaluation.commendation.error.decided");
        }
        String why = reason(reason, "reason");
        int removed = jdbc.sql("""
                        UPDATE evaluation_commendation SET status = 'REMOVED', removed_reason = :reason, removed_by = :by, removed_at = :at
                        WHERE id = :id AND year = :year AND status = 'PROPOSED'""")
                .param("reason", why).param("by", actor.username()).param("at", now()).param("id", id).param("year", year).update();
        if (removed == 0) {
            throw new NotFoundException(UNKNOWN, String.valueOf(id));
        }
    }

    /**
     * Publishes the notice (公示) of the proposed list as an article in the column, from now until the end of its
     * {@code days}-th working day.
     */
    public long publishNotice(int year, long columnId, int days) {
        Actor actor = access.requireSecretariat();
        CommendationRound round = lock(year);
        requireStatus(round, CommendationRound.Status.PROPOSING);
        if (days < 1 || days > 30) {
            throw new RuleViolation("days", "evaluation.commendation.error.days");
        }
        List<CommendationView> proposed = list(year).stream().filter(c -> c.status() == CommendationView.Status.PROPOSED).toList();
        if (proposed.isEmpty()) {
            throw new RuleViolation(null, "evaluation.commendation.error.empty");
        }
        Instant from = clock.instant();
        LocalDate publishedOn = LocalDate.ofInstant(from, clock.getZone());
        LocalDate end = WorkingDays.endOfNotice(publishedOn, days);
        Instant until = end.atStartOfDay(clock.getZone()).toInstant();
        NoticeArticle article = NoticeArticle.of(year, round.honour(), proposed, publishedOn, end.minusDays(1), days);
        long articleId = portal.publishAdopted(new ArticleDraft(columnId, article.title(), null, NoticeArticle.SOURCE, null,
                null, round.honour(), article.bodyHtml(), null, from, until, List.of()), "evaluation-commendation:" + year);
        jdbc.sql("""
                        UPDATE evaluation_commendation_round SET status = 'NOTICE', notice_days = :days, notice_column_id = :column,
                               notice_article_id = :article, notice_from = :from, notice_until = :until, noticed_by = :by,
                               updated_at = :from WHERE year = :year""")
                .param("days", days).param("column", columnId).param("article", articleId).param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until)).param("by", actor.username()).param("year", year).update();
        return articleId;
    }

    /** Records an objection to the notice while it runs: who raised it, what it says, and about whom if one person. */
    public long recordNoticeObjection(int year, String raisedBy, String content, Long commendationId) {
        Actor actor = access.requireSecretariat();
        CommendationRound round = lock(year);
        if (!round.noticeRunning(clock.instant())) {
            throw new RuleViolation(null, "evaluation.commendation.error.noticeNotRunning");
        }
        String who = text(raisedBy, "raisedBy", 200);
        String what = text(content, "content", MAX_TEXT);
        if (commendationId != null && list(year).stream().noneMatch(c -> c.id() == commendationId)) {
            throw new RuleViolation("commendationId", UNKNOWN, String.valueOf(commendationId));
        }
        return jdbc.sql("""
                        INSERT INTO evaluation_notice_objection (year, commendation_id, raised_by, content, recorded_by, recorded_at)
                        VALUES (:year, :commendation, :who, :what, :by, :at) RETURNING id""")
                .param("year", year).param("commendation", commendationId).param("who", who).param("what", what)
                .param("by", actor.username()).param("at", now()).query(Long.class).single();
    }

    public void answerNoticeObjection(int year, long id, String answer) {
        Actor actor = access.requireSecretariat();
        requireStatus(lock(year), CommendationRound.Status.NOTICE);
        String text = text(answer, "answer", MAX_TEXT);
        int answered = jdbc.sql("""
                        UPDATE evaluation_notice_objection SET answer = :answer, answered_by = :by, answered_at = :at
                        WHERE id = :id AND year = :year""")
                .param("answer", text).param("by", actor.username()).param("at", now()).param("id", id).param("year", year).update();
        if (answered == 0) {
            throw new NotFoundException("evaluation.commendation.error.unknownObjection", String.valueOf(id));
        }
    }

    /**
     * Decides the list once the notice is over and every objection to it answered: the proposed become commended, each
     * with a certificate, and nothing of the round changes any more.
     */
    public void decide(int year) {
        Actor actor = access.requireSecretariat();
        CommendationRound round = lock(year);
        requireStatus(round, CommendationRound.Status.NOTICE);
        if (round.noticeRunning(clock.instant())) {
            throw new RuleViolation(null, "evaluation.commendation.error.noticeRunning");
        }
        if (noticeObjections(year).stream().anyMatch(o -> o.answer() == null)) {
            throw new RuleViolation(null, "evaluation.commendation.error.unanswered");
        }
        jdbc.sql("UPDATE evaluation_commendation SET status = 'COMMENDED' WHERE year = :year AND status = 'PROPOSED'")
                .param("year", year).update();
        jdbc.sql("UPDATE evaluation_commendation_round SET status = 'DECIDED', decided_by = :by, decided_at = :at, updated_at = :at WHERE year = :year")
                .param("by", actor.username()).param("at", now()).param("year", year).update();
        certificates.issue(year, round.certificatePrefix(), round.honour(),
                list(year).stream().filter(c -> c.status() == CommendationView.Status.COMMENDED).toList());
    }

    /** The list: proposed from the ranking by rank, then those added by hand; removed ones last. */
    @Transactional(readOnly = true)
    public List<CommendationView> list(int year) {
        access.requireSecretariat();
        return jdbc.sql("""
                        SELECT id, year, person_id, person_name, city_code, city_name, province_code, province_name, rank, total,
                               origin, added_reason, status, removed_reason, removed_by, removed_at
                        FROM evaluation_commendation WHERE year = :year
                        ORDER BY status = 'REMOVED', rank NULLS LAST, created_at, id""")
                .param("year", year).query(Commendations::commendation).list();
    }

    @Transactional(readOnly = true)
    public List<NoticeObjectionView> noticeObjections(int year) {
        access.requireSecretariat();
        return jdbc.sql("""
                        SELECT id, year, commendation_id, raised_by, content, answer, recorded_by, recorded_at, answered_by, answered_at
                        FROM evaluation_notice_objection WHERE year = :year ORDER BY id""")
                .param("year", year)
                .query((rs, n) -> new NoticeObjectionView(rs.getLong("id"), rs.getInt("year"), rs.getObject("commendation_id", Long.class),
                        rs.getString("raised_by"), rs.getString("content"), rs.getString("answer"), rs.getString("recorded_by"),
                        instant(rs, "recorded_at"), rs.getString("answered_by"), instant(rs, "answered_at")))
                .list();
    }

    /** The year's round locked for a change, started with the default settings if it has none yet. */
    private CommendationRound lock(int year) {
        if (years.lock(year).status() == EvaluationStatus.DRAFT) {
            throw new RuleViolation(null, "evaluation.commendation.error.notScored");
        }
        CommendationRound start = CommendationRound.start(year);
        jdbc.sql("""
                        INSERT INTO evaluation_commendation_round (year, status, quota, quota_per_province, honour, certificate_prefix, updated_at)
                        VALUES (:year, 'PROPOSING', :quota, FALSE, :honour, :prefix, :now) ON CONFLICT (year) DO NOTHING""")
                .param("year", year).param("quota", start.quota()).param("honour", start.honour())
                .param("prefix", start.certificatePrefix()).param("now", now()).update();
        jdbc.sql("SELECT year FROM evaluation_commendation_round WHERE year = :year FOR UPDATE").param("year", year)
                .query(Integer.class).single();
        return load(year).orElseThrow();
    }

    /** The round as stored, without access check. */
    java.util.Optional<CommendationRound> load(int year) {
        return jdbc.sql("""
                        SELECT year, status, quota, quota_per_province, honour, certificate_prefix, notice_days, notice_column_id,
                               notice_article_id, notice_from, notice_until, noticed_by, decided_by, decided_at
                        FROM evaluation_commendation_round WHERE year = :year""")
                .param("year", year)
                .query((rs, n) -> new CommendationRound(rs.getInt("year"), CommendationRound.Status.valueOf(rs.getString("status")),
                        rs.getInt("quota"), rs.getBoolean("quota_per_province"), rs.getString("honour"),
                        rs.getString("certificate_prefix"), rs.getObject("notice_days", Integer.class),
                        rs.getObject("notice_column_id", Long.class), rs.getObject("notice_article_id", Long.class),
                        instant(rs, "notice_from"), instant(rs, "notice_until"), rs.getString("noticed_by"),
                        rs.getString("decided_by"), instant(rs, "decided_at")))
                .optional();
    }

    private static void requireStatus(CommendationRound round, CommendationRound.Status wanted) {
        if (round.status() != wanted) {
            throw new RuleViolation(null, "evaluation.commendation.error.status." + round.status().name());
        }
    }

    private static String reason(String value, String field) {
        return text(value, field, MAX_REASON);
    }

    private static String text(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new RuleViolation(field, "evaluation.commendation.error.text", String.valueOf(max));
        }
        return text;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static CommendationView commendation(ResultSet rs, int n) throws SQLException {
        return new CommendationView(rs.getLong("id"), rs.getInt("year"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getString("city_code"), rs.getString("city_name"), rs.getString("province_code"), rs.getString("province_name"),
                rs.getObject("rank", Integer.class), rs.getBigDecimal("total"),
                CommendationView.Origin.valueOf(rs.getString("origin")), rs.getString("added_reason"),
                CommendationView.Status.valueOf(rs.getString("status")), rs.getString("removed_reason"),
                rs.getString("removed_by"), instant(rs, "removed_at"));
    }
}
