package org.citybridge.mail.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.LikePatterns;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators see it: every message with its full body, and a retry for the failed ones. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailAdministration {

    private static final Logger log = LoggerFactory.getLogger(MailAdministration.class);
    private static final String COLUMNS = "id, recipient, subject, topic, status, attempts, created_at, next_attempt_at, "
            + "last_attempt_at, sent_at, last_error";

    private final JdbcClient jdbc;
    private final Clock clock;

    MailAdministration(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the outbox page filters by; blank means any. */
    public record OutboxFilter(MailStatus status, String recipient, String topic) {
    }

    public record OutboxEntry(long id, String recipient, String subject, String topic, MailStatus status, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt,
                              String lastError) {

        public boolean retryable() {
            return status == MailStatus.FAILED;
        }
    }

    public record OutboxDetail(OutboxEntry entry, String body, List<AttachmentInfo> attachments) {
    }

    /** A file sent with a message, as the outbox page lists it (its bytes stay in the database). */
    public record AttachmentInfo(String name, String contentType, long size) {
    }

    @Transactional(readOnly = true)
    public PageOf<OutboxEntry> search(OutboxFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            conditions.add("recipient ILIKE :recipient ESCAPE '\\'");
            params.put("recipient", LikePatterns.containing(filter.recipient().strip()));
        }
        if (filter.topic() != null && !filter.topic().isBlank()) {
            conditions.add("topic = :topic");
            params.put("topic", filter.topic().strip());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM mail_outbox" + where).params(params).query(Long.class).single();
        List<OutboxEntry> items = jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> entry(rs))
                .list();
        return new PageOf<>(items, total, page, size);
    }

    @Transactional(readOnly = true)
    public OutboxDetail get(long id) {
        record Found(OutboxEntry entry, String body) {
        }
        Found found = jdbc.sql("SELECT " + COLUMNS + ", body FROM mail_outbox WHERE id = :id").param("id", id)
                .query((rs, n) -> new Found(entry(rs), rs.getString("body")))
                .optional()
                .orElseThrow(() -> new NotFoundException("mail.error.unknown", id));
        return new OutboxDetail(found.entry(), found.body(), attachments(id));
    }

    private List<AttachmentInfo> attachments(long mailId) {
        return jdbc.sql("""
                        SELECT name, content_type, octet_length(content) AS size FROM mail_attachment
                        WHERE mail_id = :id ORDER BY position""")
                .param("id", mailId)
                .query(AttachmentInfo.class)
                .list();
    }

    /** How many messages stand in each status, every status listed. */
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> countsByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM mail_outbox GROUP BY status")
                .query((rs, n) -> counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    @Transactional(readOnly = true)
    public List<String> topics() {
        return jdbc.sql("SELECT DISTINCT topic FROM mail_outbox ORDER BY topic").query(String.class).list();
    }

    /** Queues a FAILED message again, due now, with a fresh count of attempts (its last error is kept). */
    @Transactional
    public void retry(long id) {
        int changed = jdbc.sql("""
                        UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                        WHERE id = :id AND status = 'FAILED'""")
                .param("now", Timestamp.from(clock.instant())).param("id", id)
                .update();
        if (changed == 0) {
            get(id);
            throw RuleViolation.of("mail.error.notFailed", id);
        }
        log.info("Mail #{} queued again by {}", id, Actors.currentOrSystem().username());
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("topic"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"), instant(rs, "sent_at"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
