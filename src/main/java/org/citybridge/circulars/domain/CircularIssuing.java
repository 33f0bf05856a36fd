package org.citybridge.circulars.domain;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.circulars.CircularIssued;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a circular: one delivery per targeted city, addressed to the city's liaisons of the day, and their mail, all
 * in one transaction.
 */
@Service
@Transactional
public class CircularIssuing {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CircularAccess access;
    private final CircularDrafts drafts;
    private final CircularQueries queries;
    private final TargetResolver targets;
    private final CityDirectory directory;
    private final CircularMails mails;
    private final CircularJson json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CircularIssuing(JdbcClient jdbc, JdbcTemplate template, CircularAccess access, CircularDrafts drafts,
                    CircularQueries queries, TargetResolver targets, CityDirectory directory, CircularMails mails,
                    CircularJson json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.drafts = drafts;
        this.queries = queries;
        this.targets = targets;
        this.directory = directory;
        this.mails = mails;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Writes and issues at once, as the API does. */
    public IssueResult issueNew(CircularDraft draft, List<org.citybridge.platform.files.Upload> uploads) {
        access.requireSecretariat();
        drafts.check(draft, null, true);
        targets.resolve(draft.targets());
        long id = drafts.create(draft, uploads);
        return issue(id);
    }

    public IssueResult issue(long id) {
        Actor actor = access.requireSecretariat();
        String status = jdbc.sql("SELECT status FROM circular WHERE id = :id FOR UPDATE").param("id", id)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("circular.error.unknown", id));
        if (!"DRAFT".equals(status)) {
            throw RuleViolation.of("circular.error.alreadyIssued");
        }
        var circular = queries.load(id);
        drafts.check(new CircularDraft(circular.docNumber(), circular.title(), circular.urgency(), circular.bodyHtml(),
                circular.targets(), circular.receiptForm(), circular.deadline()), id, true);
        List<CityRef> cities = targets.resolve(circular.targets());
        Map<String, Long> deliveries = insertDeliveries(id, cities);
        List<LiaisonContact> liaisons = directory.activeLiaisons(deliveries.keySet());
        insertRecipients(liaisons, deliveries);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE circular SET status = 'ISSUED', issued_by = :by, issued_at = :at, revision = 1 WHERE id = :id")
                .param("by", actor.username()).param("at", now).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, title, body_html, deadline, changed_by, changed_at)
                        SELECT id, 1, 'ISSUED', title, body_html, deadline, :by, :at FROM circular WHERE id = :id""")
                .param("by", actor.username()).param("at", now).param("id", id).update();
        int mailed = mails.notify(id, List.copyOf(deliveries.values()), "issued");
        events.publishEvent(new CircularIssued(id, deliveries.size()));
        long withoutLiaison = deliveries.keySet().stream()
                .filter(code -> liaisons.stream().noneMatch(l -> l.cityCode().equals(code))).count();
        return new IssueResult(id, deliveries.size(), liaisons.size(), mailed, withoutLiaison);
    }

    /** How many cities a set of targets reaches today, for the preview before issuing. */
    @Transactional(readOnly = true)
    public int preview(Targets chosen) {
        return reach(chosen).size();
    }

    /** The cities a set of targets reaches today, by province and name, for the list shown before issuing. */
    @Transactional(readOnly = true)
    public List<CityRef> reach(Targets chosen) {
        access.requireSecretariat();
        return targets.resolve(chosen).stream()
                .sorted(java.util.Comparator.comparing(CityRef::provinceCode).thenComparing(CityRef::code)).toList();
    }

    private Map<String, Long> insertDeliveries(long circularId, List<CityRef> cities) {
        return template.execute((java.sql.Connection connection) -> {
            Array codes = connection.createArrayOf("text", cities.stream().map(CityRef::code).toArray());
            Array names = connection.createArrayOf("text", cities.stream().map(CityRef::name).toArray());
            Array provinces = connection.createArrayOf("text", cities.stream().map(CityRef::provinceCode).toArray());
            Array provinceNames = connection.createArrayOf("text", cities.stream().map(CityRef::provinceName).toArray());
            try (var statement = connection.prepareStatement("""
                    INSERT INTO circular_delivery (circular_id, city_code, city_name, province_code, province_name)
                    SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) RETURNING id, city_code""")) {
                statement.setLong(1, circularId);
                statement.setArray(2, codes);
                statement.setArray(3, names);
                statement.setArray(4, provinces);
                statement.setArray(5, provinceNames);
                Map<String, Long> ids = new java.util.LinkedHashMap<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString("city_code"), rs.getLong("id"));
                    }
                }
                return ids;
            }
        });
    }

    private void insertRecipients(List<LiaisonContact> liaisons, Map<String, Long> deliveries) {
        Map<String, LiaisonContact> unique = liaisons.stream().collect(Collectors.toMap(
                l -> l.cityCode() + "/" + l.personId(), Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        template.batchUpdate("INSERT INTO circular_recipient (delivery_id, person_id, name, email) VALUES (?, ?, ?, ?)",
                unique.values(), 500, (statement, liaison) -> {
                    statement.setLong(1, deliveries.get(liaison.cityCode()));
                    statement.setLong(2, liaison.personId());
                    statement.setString(3, liaison.name());
                    statement.setString(4, liaison.email());
                });
    }

    /**
     * @param withoutLiaison targeted cities that have no liaison today: they see it when one is appointed, but nobody was mailed
     */
    public record IssueResult(long circularId, int cities, int liaisons, int mailed, long withoutLiaison)
            implements java.io.Serializable {
    }
}
