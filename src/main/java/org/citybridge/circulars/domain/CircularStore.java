package org.citybridge.circulars.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.CityRef;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement that changes the state of a circular or of a city's copy (its status, read, reply, reopening and
 * recipients), by plain SQL. The services decide with {@link CircularLifecycle} whether a change is legal; this class
 * only writes it.
 */
@Repository
class CircularStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CircularJson json;

    CircularStore(JdbcClient jdbc, JdbcTemplate template, CircularJson json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Locks the circular's row until the transaction ends and answers its state; not found when there is none. */
    CircularStatus lockStatus(long id) {
        return jdbc.sql("SELECT status FROM circular WHERE id = :id FOR UPDATE").param("id", id)
                .query(String.class).optional().map(CircularStatus::valueOf)
                .orElseThrow(() -> new NotFoundException("circular.error.unknown", id));
    }

    /** Locks the circular's row until the transaction ends and answers its state and content; not found when there is none. */
    LockedCircular lockWithContent(long id) {
        return jdbc.sql("""
                        SELECT status, doc_number, title, urgency, body_html, targets::text AS targets,
                               receipt_form::text AS receipt_form, deadline
                        FROM circular WHERE id = :id FOR UPDATE""")
                .param("id", id)
                .query((rs, n) -> new LockedCircular(CircularStatus.valueOf(rs.getString("status")), new CircularDraft(
                        rs.getString("doc_number"), rs.getString("title"), Urgency.valueOf(rs.getString("urgency")),
                        rs.getString("body_html"), json.targets(rs.getString("targets")), json.form(rs.getString("receipt_form")),
                        CircularQueries.instant(rs, "deadline"))))
                .optional().orElseThrow(() -> new NotFoundException("circular.error.unknown", id));
    }

    /**
     * A new draft from checked, sanitized content; answers its id.
     *
     * @param replyLink where its cities reply instead of a receipt form (another module's page), or null
     */
    long insertDraft(CircularDraft draft, int year, String body, String targets, String form, String replyLink, String by,
                     Instant at) {
        return jdbc.sql("""
                        INSERT INTO circular (doc_number, doc_year, title, urgency, body_html, status, targets, receipt_form,
                                              reply_link, deadline, created_by, created_at)
                        VALUES (:number, :year, :title, :urgency, :body, :status, :targets::jsonb, :form::jsonb, :replyLink,
                                :deadline, :by, :at)
                        RETURNING id""")
                .param("number", draft.docNumber().strip()).param("year", year).param("title", draft.title().strip())
                .param("urgency", draft.urgency().name()).param("body", body).param("status", CircularStatus.DRAFT.name())
                .param("targets", targets).param("form", form).param("replyLink", replyLink)
                .param("deadline", timestamp(draft.deadline())).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM circular WHERE id = :id").param("id", id).update();
    }

    void markIssued(long id, String by, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.sql("UPDATE circular SET status = :status, issued_by = :by, issued_at = :at, revision = 1 WHERE id = :id")
                .param("status", CircularStatus.ISSUED.name()).param("by", by).param("at", now).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, title, body_html, deadline, changed_by, changed_at)
                        SELECT id, 1, 'ISSUED', title, body_html, deadline, :by, :at FROM circular WHERE id = :id""")
                .param("by", by).param("at", now).param("id", id).update();
    }

    void correct(long id, int revision, String title, String body, Instant deadline, String note, String changes,
                 String by, Instant at) {
        jdbc.sql("UPDATE circular SET title = :title, body_html = :body, deadline = :deadline, revision = :revision WHERE id = :id")
                .param("title", title).param("body", body).param("deadline", timestamp(deadline))
                .param("revision", revision).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, note, title, body_html, deadline, changes, changed_by, changed_at)
                        VALUES (:id, :revision, 'CORRECTED', :note, :title, :body, :deadline, :changes::jsonb, :by, :at)""")
                .param("id", id).param("revision", revision).param("note", note)
                .param("title", title).param("body", body).param("deadline", timestamp(deadline))
                .param("changes", changes).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void markWithdrawn(long id, int revision, String title, String body, Instant deadline, String reason, String by,
                       Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.sql("UPDATE circular SET status = :status, withdrawn_by = :by, withdrawn_at = :at, withdraw_reason = :reason WHERE id = :id")
                .param("status", CircularStatus.WITHDRAWN.name()).param("by", by).param("at", now)
                .param("reason", reason).param("id", id).update();
        jdbc.sql("""
                        INSERT INTO circular_revision (circular_id, revision, kind, note, title, body_html, deadline, changed_by, changed_at)
                        VALUES (:id, :revision, 'WITHDRAWN', :note, :title, :body, :deadline, :by, :at)""")
                .param("id", id).param("revision", revision).param("note", reason)
                .param("title", title).param("body", body).param("deadline", timestamp(deadline))
                .param("by", by).param("at", now).update();
    }

    /** One copy per city, unread; answers the copies' ids by city code, in the order given. */
    Map<String, Long> insertDeliveries(long circularId, List<CityRef> cities) {
        return template.execute((Connection connection) -> {
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
                Map<String, Long> ids = new LinkedHashMap<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString("city_code"), rs.getLong("id"));
                    }
                }
                return ids;
            }
        });
    }

    /** Addresses each copy to its city's liaisons, each person once per copy. */
    void insertRecipients(List<LiaisonContact> liaisons, Map<String, Long> deliveries) {
        Map<String, LiaisonContact> unique = liaisons.stream().collect(Collectors.toMap(
                l -> l.cityCode() + "/" + l.personId(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        template.batchUpdate("INSERT INTO circular_recipient (delivery_id, person_id, name, email) VALUES (?, ?, ?, ?)",
                unique.values(), 500, (statement, liaison) -> {
                    statement.setLong(1, deliveries.get(liaison.cityCode()));
                    statement.setLong(2, liaison.personId());
                    statement.setString(3, liaison.name());
                    statement.setString(4, liaison.email());
                });
    }

    /** Marks the copy read, the first time only; answers whether this was the first time. */
    boolean markRead(long deliveryId, String by, Instant at) {
        return jdbc.sql("UPDATE circular_delivery SET read_at = :at, read_by = :by WHERE id = :id AND read_at IS NULL")
                .param("at", Timestamp.from(at)).param("by", by).param("id", deliveryId).update() == 1;
    }

    /** The city has seen the circular's current correction. */
    void markSeen(long deliveryId) {
        jdbc.sql("UPDATE circular_delivery d SET seen_revision = c.revision FROM circular c WHERE c.id = d.circular_id AND d.id = :id")
                .param("id", deliveryId).update();
    }

    /** The receipt as it stands, its row locked until the transaction ends. */
    LockedReceipt lockReceipt(long deliveryId) {
        return jdbc.sql("""
                        SELECT reopened_until, replied_at, replied_by, first_replied_at IS NOT NULL AS replied
                        FROM circular_delivery WHERE id = :id FOR UPDATE""")
                .param("id", deliveryId)
                .query((rs, n) -> new LockedReceipt(CircularQueries.instant(rs, "reopened_until"),
                        CircularQueries.instant(rs, "replied_at"), rs.getString("replied_by"), rs.getBoolean("replied")))
                .single();
    }

    /** Saves the answers; the first reply also marks the copy replied and, if not yet, read. */
    void saveReceipt(long deliveryId, String answers, String by, Instant at) {
        jdbc.sql("UPDATE circular_delivery SET answers = :answers::jsonb WHERE id = :id")
                .param("answers", answers).param("id", deliveryId).update();
        markReplied(deliveryId, by, at);
    }

    /**
     * A city's copy of a circular that takes its replies on another page, locked until the transaction ends; empty
     * when the circular has no copy for the city or takes its replies on a receipt form.
     */
    Optional<LockedReply> lockOutsideReply(long circularId, String cityCode) {
        return jdbc.sql("""
                        SELECT d.id, c.status, d.first_replied_at IS NOT NULL AS replied
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE d.circular_id = :circular AND d.city_code = :city AND c.reply_link IS NOT NULL
                        FOR UPDATE OF d""")
                .param("circular", circularId).param("city", cityCode)
                .query((rs, n) -> new LockedReply(rs.getLong("id"), CircularStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("replied")))
                .optional();
    }

    /**
     * The city replied, on the receipt form or on the page the circular links to; the first reply also marks the copy
     * replied and, if not yet, read.
     */
    void markReplied(long deliveryId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE circular_delivery SET replied_at = :at, replied_by = :by, first_replied_at = coalesce(first_replied_at, :at),
                               read_at = coalesce(read_at, :at), read_by = coalesce(read_by, :by)
                        WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", deliveryId).update();
    }

    void reopen(long deliveryId, Instant until, String by) {
        jdbc.sql("UPDATE circular_delivery SET reopened_until = :until, reopened_by = :by WHERE id = :id")
                .param("until", Timestamp.from(until)).param("by", by).param("id", deliveryId).update();
    }

    /**
     * The predecessor's copies in the city that are still open (the circular in force, and no reply asked, or not
     * given yet, or still amendable before the deadline or a reopening's end).
     */
    List<Long> openDeliveriesHeldBy(String cityCode, long personId, Instant now) {
        return jdbc.sql("""
                        SELECT d.id FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        JOIN circular_recipient r ON r.delivery_id = d.id AND r.person_id = :predecessor
                        WHERE d.city_code = :city AND c.status = :issued
                          AND (NOT %s OR d.first_replied_at IS NULL OR c.deadline > :now OR d.reopened_until > :now)"""
                        .formatted(DeliveryStatusSql.EXPECTS_REPLY))
                .param("predecessor", personId).param("city", cityCode).param("issued", CircularStatus.ISSUED.name())
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    void replaceRecipient(long deliveryId, long predecessorId, long successorId, String name, String email) {
        jdbc.sql("DELETE FROM circular_recipient WHERE delivery_id = :id AND person_id = :predecessor")
                .param("id", deliveryId).param("predecessor", predecessorId).update();
        jdbc.sql("""
                        INSERT INTO circular_recipient (delivery_id, person_id, name, email) VALUES (:id, :person, :name, :email)
                        ON CONFLICT DO NOTHING""")
                .param("id", deliveryId).param("person", successorId).param("name", name).param("email", email).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A circular locked for a change that needs its content, such as issuing it. */
    record LockedCircular(CircularStatus status, CircularDraft content) {
    }

    /** A city's copy locked for recording a reply taken on another page, and whether the city has replied before. */
    record LockedReply(long deliveryId, CircularStatus status, boolean replied) {
    }

    /** A receipt locked for saving: who saved it last and when, and whether the city has replied before. */
    record LockedReceipt(Instant reopenedUntil, Instant repliedAt, String repliedBy, boolean replied) {
    }
}
