package org.citybridge.mail.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.mail.MailAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The dispatcher's side of the {@code mail_outbox} table; every method runs in the dispatcher's per-message transaction. */
@Component
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the oldest due pending message until the transaction ends; messages locked by another dispatcher (another
     * thread or instance) are skipped, so no two dispatchers ever hold, and send, the same message.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<OutboxMessage> claimNextDue(Instant now) {
        record Claimed(long id, String recipient, String subject, String body, String topic, int attempts,
                       boolean hasAttachments) {
        }
        return jdbc.sql("""
                        SELECT id, recipient, subject, body, topic, attempts,
                               EXISTS (SELECT 1 FROM mail_attachment a WHERE a.mail_id = m.id) AS has_attachments
                        FROM mail_outbox m
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .query(Claimed.class)
                .optional()
                .map(claimed -> new OutboxMessage(claimed.id(), claimed.recipient(), claimed.subject(), claimed.body(),
                        claimed.topic(), claimed.attempts(), claimed.hasAttachments() ? attachments(claimed.id()) : List.of()));
    }

    private List<MailAttachment> attachments(long mailId) {
        return jdbc.sql("SELECT name, content_type, content FROM mail_attachment WHERE mail_id = :id ORDER BY position")
                .param("id", mailId)
                .query((rs, n) -> new MailAttachment(rs.getString("name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markDelivered(long id, MailStatus status, Instant now) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = :status, attempts = attempts + 1, last_attempt_at = :now, sent_at = :now
                        WHERE id = :id""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /** Records a failed attempt: pending again at {@code nextAttempt}, or FAILED when that is {@code null}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordFailure(long id, int attempts, String error, Instant nextAttempt, Instant now) {
        jdbc.sql(nextAttempt == null
                        ? """
                        UPDATE mail_outbox SET status = 'FAILED', attempts = :attempts, last_attempt_at = :now, last_error = :error
                        WHERE id = :id"""
                        : """
                        UPDATE mail_outbox SET attempts = :attempts, last_attempt_at = :now, last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .param("attempts", attempts).param("now", Timestamp.from(now))
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id)
                .params(nextAttempt == null ? Map.of() : Map.of("next", Timestamp.from(nextAttempt)))
                .update();
    }
}
