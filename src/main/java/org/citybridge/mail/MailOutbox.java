package org.citybridge.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every module hands over mail: written in the caller's transaction, so the mail exists exactly when the
 * business change does; the dispatcher sends it afterwards.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSignature signature;

    MailOutbox(JdbcClient jdbc, Clock clock, MailSignature signature) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signature = signature;
    }

    /** Writes the mail, signed with the association's name ({@link MailSignature}), and its attachments. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, topic, created_at, next_attempt_at)
                        VALUES (:to, :subject, :body, :topic, :now, :now)
                        RETURNING id""")
                .param("to", mail.to()).param("subject", mail.subject()).param("body", signature.sign(mail.body()))
                .param("topic", mail.topic()).param("now", now)
                .query(Long.class).single();
        int position = 0;
        for (MailAttachment attachment : mail.attachments()) {
            jdbc.sql("""
                            INSERT INTO mail_attachment (mail_id, position, name, content_type, content)
                            VALUES (:mail, :position, :name, :type, :content)""")
                    .param("mail", id).param("position", position++).param("name", attachment.name())
                    .param("type", attachment.contentType()).param("content", attachment.content())
                    .update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(Collection<OutgoingMail> mails) {
        mails.forEach(this::enqueue);
    }
}
