package org.citybridge.circulars.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.files.AttachmentView;
import org.citybridge.files.FileStore;
import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope.SqlCondition;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads circulars, tracking tables and inboxes, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class CircularQueries {

    private static final String TRACKING_COLUMNS = """
            d.id, d.city_code, d.city_name, d.province_code, d.province_name, %s AS status, d.read_at, d.read_by,
            d.replied_at, d.replied_by, d.reopened_until, d.answers::text AS answers,
            (SELECT string_agg(r.name, '、' ORDER BY r.name) FROM circular_recipient r WHERE r.delivery_id = d.id) AS recipients
            FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
            """.formatted(DeliveryStatusSql.STATUS);

    private final JdbcClient jdbc;
    private final CircularAccess access;
    private final CircularJson json;
    private final Clock clock;
    private final FileStore files;

    CircularQueries(JdbcClient jdbc, CircularAccess access, CircularJson json, Clock clock, FileStore files) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        this.clock = clock;
        this.files = files;
    }

    public PageOf<CircularSummary> list(String q, CircularStatus status, int page, int size) {
        return list(CircularListFilter.of(q, status), page, size);
    }

    public PageOf<CircularSummary> list(CircularListFilter filter, int page, int size) {
        Actor actor = access.requireTracking();
        SqlCondition scope = actor.scope().where("d.city_code", "d.province_code");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        SqlCondition within = scope;
        if (filter.byProvince()) {
            within = new SqlCondition("(" + scope.sql() + " AND d.province_code = :province)", Map.of());
            params.put("province", filter.province().strip());
        }
        List<String> conditions = new ArrayList<>();
        if (!actor.isSecretariat()) {
            conditions.add("c.status = :issued");
            params.put("issued", CircularStatus.ISSUED.name());
        }
        if (!actor.isSecretariat() || filter.byProvince()) {
            conditions.add("EXISTS (SELECT 1 FROM circular_delivery d WHERE d.circular_id = c.id AND " + within.sql() + ")");
        }
        String q = filter.q();
        if (q != null && !q.isBlank()) {
            conditions.add("(c.title LIKE :q OR c.doc_number LIKE :q)");
            params.put("q", LikePatterns.containing(q.strip()));
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        ZoneId zone = clock.getZone();
        if (filter.issuedFrom() != null) {
            conditions.add("c.issued_at >= :issuedFrom");
            params.put("issuedFrom", Timestamp.from(filter.issuedFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.issuedTo() != null) {
            conditions.add("c.issued_at < :issuedTo");
            params.put("issuedTo", Timestamp.from(filter.issuedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.replyExpected()) {
            conditions.add(DeliveryStatusSql.EXPECTS_REPLY);
        }
        if (filter.closed()) {
            conditions.add("c.deadline < :now");
            params.put("now", Timestamp.from(clock.instant()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM circular c" + where).params(params).query(Long.class).single();
        List<CircularSummary> items = jdbc.sql("""
                        SELECT c.id, c.doc_number, c.title, c.urgency, c.status, c.created_at, c.issued_at, c.deadline,
                               c.receipt_form IS NOT NULL AS has_receipt, %2$s AS expects_reply, c.revision,
                               (SELECT count(*) FROM circular_delivery d WHERE d.circular_id = c.id AND %1$s) AS deliveries,
                               (SELECT count(*) FROM circular_delivery d WHERE d.circular_id = c.id AND d.read_at IS NOT NULL AND %1$s) AS read,
                               (SELECT count(*) FROM circular_delivery d WHERE d.circular_id = c.id AND d.first_replied_at IS NOT NULL AND %1$s) AS replied
                        FROM circular c""".formatted(within.sql(), DeliveryStatusSql.EXPECTS_REPLY) + where
                        + " ORDER BY (c.status = :draft) DESC, coalesce(c.issued_at, c.created_at) DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("draft", CircularStatus.DRAFT.name()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new CircularSummary(rs.getLong("id"), rs.getString("doc_number"), rs.getString("title"),
                        Urgency.valueOf(rs.getString("urgency")), CircularStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at"), instant(rs, "issued_at"), instant(rs, "deadline"),
                        rs.getBoolean("has_receipt"), rs.getBoolean("expects_reply"), rs.getInt("revision"), rs.getLong("deliveries"), rs.getLong("read"),
                        rs.getLong("replied")))
                .list();
        return new PageOf<>(items, total, page, size);
    }

    public CircularDetails details(long id) {
        access.requireCircular(id);
        return shown(load(id));
    }

    /** The whole circular for the secretariat's pages that change it (edit, discard, correct); refused to anyone else. */
    public CircularDetails toChange(long id) {
        access.requireSecretariat();
        return load(id);
    }

    /** The circular as the current actor may see it: the picked provinces and cities only for the secretariat. */
    private CircularDetails shown(CircularDetails circular) {
        return access.isSecretariat() ? circular : circular.withAddressingOnly();
    }

    public Tracking tracking(long id, TrackingFilter filter) {
        Actor actor = access.requireTracking();
        access.requireCircular(id);
        CircularDetails circular = shown(load(id));
        Instant now = clock.instant();
        List<TrackingRow> all = rows(id, actor, now);
        Map<String, long[]> byProvince = new LinkedHashMap<>();
        Map<String, String> provinceNames = new LinkedHashMap<>();
        long read = 0;
        long replied = 0;
        long overdue = 0;
        for (TrackingRow row : all) {
            long[] counts = byProvince.computeIfAbsent(row.provinceCode(), k -> new long[4]);
            provinceNames.putIfAbsent(row.provinceCode(), row.provinceName());
            counts[0]++;
            if (row.readAt() != null) {
                counts[1]++;
                read++;
            }
            if (row.status().replied()) {
                counts[2]++;
                replied++;
            }
            if (row.status() == DeliveryStatus.OVERDUE) {
                counts[3]++;
                overdue++;
            }
        }
        List<ProvinceCount> provinces = byProvince.entrySet().stream()
                .map(e -> new ProvinceCount(e.getKey(), provinceNames.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .toList();
        List<TrackingRow> rows = all.stream().filter(row -> matches(row, filter)).toList();
        return new Tracking(circular, all.size(), read, replied, overdue, provinces, rows,
                ReceiptWindow.mayReopen(circular, now));
    }

    /** The caller's city inbox: unread first, then newest; withdrawn circulars only as notices. */
    public List<InboxItem> inbox() {
        Actor actor = access.requireLiaison();
        return jdbc.sql("""
                        SELECT d.id AS delivery_id, c.id AS circular_id, c.doc_number, c.title, c.urgency, c.issued_at, c.deadline,
                               %s AS status, d.read_at IS NOT NULL AS read, c.receipt_form IS NOT NULL AS has_receipt,
                               %s AS expects_reply, c.reply_link,
                               (c.revision > greatest(d.seen_revision, 1) AND d.read_at IS NOT NULL) AS corrected,
                               c.status = :withdrawn AS withdrawn, c.withdraw_reason, c.withdrawn_at
                        FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE d.city_code = :city AND c.status <> :draft
                        ORDER BY (c.status = :withdrawn), (d.read_at IS NULL) DESC, c.issued_at DESC, d.id DESC""".formatted(DeliveryStatusSql.STATUS,
                        DeliveryStatusSql.EXPECTS_REPLY))
                .param("city", actor.cityCode()).param("withdrawn", CircularStatus.WITHDRAWN.name())
                .param("draft", CircularStatus.DRAFT.name()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new InboxItem(rs.getLong("delivery_id"), rs.getLong("circular_id"), rs.getString("doc_number"),
                        rs.getString("title"), Urgency.valueOf(rs.getString("urgency")), instant(rs, "issued_at"),
                        instant(rs, "deadline"), DeliveryStatus.valueOf(rs.getString("status")), rs.getBoolean("read"), rs.getBoolean("has_receipt"),
                        rs.getBoolean("expects_reply"), rs.getString("reply_link"), rs.getBoolean("corrected"), rs.getBoolean("withdrawn"), rs.getString("withdraw_reason"),
                        instant(rs, "withdrawn_at")))
                .list();
    }

    public long unreadCount() {
        Actor actor = access.requireLiaison();
        return jdbc.sql("""
                        SELECT count(*) FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE d.city_code = :city AND c.status = :issued AND d.read_at IS NULL""")
                .param("city", actor.cityCode()).param("issued", CircularStatus.ISSUED.name()).query(Long.class).single();
    }

    public DeliveryDetails delivery(long deliveryId) {
        CircularAccess.DeliveryScope scope = access.requireDelivery(deliveryId);
        CircularDetails circular = shown(load(scope.circularId()));
        if (circular.withdrawn() && !access.isSecretariat()) {
            circular = circular.withoutContent();
        }
        CircularDetails shown = circular;
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + TRACKING_COLUMNS.replace("FROM circular_delivery", ", d.seen_revision FROM circular_delivery")
                        + " WHERE d.id = :id")
                .param("id", deliveryId).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    TrackingRow row = row(rs, n);
                    boolean open = ReceiptWindow.isOpen(shown, row.reopenedUntil(), now);
                    return new DeliveryDetails(row.deliveryId(), row.cityCode(), row.cityName(), shown, row.status(),
                            row.readAt(), row.readBy(), row.repliedAt(), row.repliedBy(), row.reopenedUntil(), row.answers(),
                            row.readAt() != null && shown.revision() > Math.max(rs.getInt("seen_revision"), 1), open);
                })
                .single();
    }

    /**
     * Every city's copy of a circular within the caller's scope (the secretariat or a province coordinator), by
     * province and city, for another module that follows the replies (an event's board); none of a draft.
     */
    public List<TrackingRow> deliveries(long circularId) {
        return rows(circularId, access.requireTracking(), clock.instant());
    }

    /** The circular's copies in the actor's scope, by province and city. */
    private List<TrackingRow> rows(long circularId, Actor actor, Instant now) {
        SqlCondition within = actor.scope().where("d.city_code", "d.province_code");
        return jdbc.sql("SELECT " + TRACKING_COLUMNS + " WHERE d.circular_id = :id AND " + within.sql()
                        + " ORDER BY d.province_code, d.city_code")
                .params(within.params()).param("id", circularId).param("now", Timestamp.from(now)).query(this::row).list();
    }

    /** The ids of the circular's deliveries that have not replied, for reminders. */
    List<Long> unreplied(long circularId) {
        return jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :id AND first_replied_at IS NULL ORDER BY id")
                .param("id", circularId).query(Long.class).list();
    }

    CircularDetails load(long id) {
        List<AttachmentView> attachments = files.attachments(jdbc.sql(
                        "SELECT file_id FROM circular_attachment WHERE circular_id = :id ORDER BY position")
                .param("id", id).query(UUID.class).list());
        List<RevisionView> revisions = jdbc.sql("""
                        SELECT revision, kind, note, title, body_html, deadline, changes::text AS changes, changed_by, changed_at
                        FROM circular_revision WHERE circular_id = :id ORDER BY id DESC""")
                .param("id", id)
                .query((rs, n) -> new RevisionView(rs.getInt("revision"), rs.getString("kind"), rs.getString("note"),
                        rs.getString("title"), rs.getString("body_html"), instant(rs, "deadline"),
                        json.changes(rs.getString("changes")), rs.getString("changed_by"), instant(rs, "changed_at")))
                .list();
        return jdbc.sql("""
                        SELECT id, doc_number, title, urgency, body_html, status, targets::text AS targets,
                               receipt_form::text AS receipt_form, reply_link, deadline, revision, created_by, created_at, issued_by,
                               issued_at, withdrawn_by, withdrawn_at, withdraw_reason
                        FROM circular WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new CircularDetails(rs.getLong("id"), rs.getString("doc_number"), rs.getString("title"),
                        Urgency.valueOf(rs.getString("urgency")), rs.getString("body_html"),
                        CircularStatus.valueOf(rs.getString("status")), json.targets(rs.getString("targets")),
                        json.form(rs.getString("receipt_form")), rs.getString("reply_link"), instant(rs, "deadline"), rs.getInt("revision"),
                        rs.getString("created_by"), instant(rs, "created_at"), rs.getString("issued_by"),
                        instant(rs, "issued_at"), rs.getString("withdrawn_by"), instant(rs, "withdrawn_at"),
                        rs.getString("withdraw_reason"), attachments, revisions))
                .optional().orElseThrow(() -> new NotFoundException("circular.error.unknown", id));
    }

    private TrackingRow row(ResultSet rs, int n) throws SQLException {
        return new TrackingRow(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getString("province_code"), rs.getString("province_name"), DeliveryStatus.valueOf(rs.getString("status")),
                instant(rs, "read_at"), rs.getString("read_by"), instant(rs, "replied_at"), rs.getString("replied_by"),
                instant(rs, "reopened_until"), rs.getString("recipients"), json.answers(rs.getString("answers")));
    }

    private static boolean matches(TrackingRow row, TrackingFilter filter) {
        if (filter == null) {
            return true;
        }
        if (filter.status() != null && row.status() != filter.status()) {
            return false;
        }
        if (filter.province() != null && !filter.province().isBlank() && !filter.province().equals(row.provinceCode())) {
            return false;
        }
        String q = filter.q() == null ? "" : filter.q().strip();
        return q.isEmpty() || row.cityName().contains(q) || row.cityCode().startsWith(q)
                || (row.recipients() != null && row.recipients().contains(q));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
