package org.citybridge.circulars.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Dates;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the mail a circular causes into the outbox, in Chinese, each with a link to the city's copy. */
@Component
class CircularMails {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CityBridgeProperties properties;
    private final Dates dates;
    private final JdbcClient jdbc;

    CircularMails(MailOutbox outbox, MessageSource messages, CityBridgeProperties properties, Dates dates, JdbcClient jdbc) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
        this.jdbc = jdbc;
    }

    /**
     * Mails every recipient of the given deliveries of a circular.
     *
     * @param kind picks the subject, text and topic
     * @return how many mails were written
     */
    int notify(long circularId, List<Long> deliveryIds, CircularMailKind kind) {
        if (deliveryIds.isEmpty()) {
            return 0;
        }
        record Recipient(long deliveryId, String name, String email, String title, String docNumber, String urgency,
                         Instant deadline, Instant reopenedUntil) {
        }
        List<Recipient> recipients = jdbc.sql("""
                        SELECT r.delivery_id, r.name, r.email, c.title, c.doc_number, c.urgency, c.deadline, d.reopened_until
                        FROM circular_recipient r JOIN circular_delivery d ON d.id = r.delivery_id
                        JOIN circular c ON c.id = d.circular_id
                        WHERE c.id = :circular AND r.delivery_id IN (:deliveries) AND r.email IS NOT NULL AND r.email <> ''
                        ORDER BY r.delivery_id, r.person_id""")
                .param("circular", circularId).param("deliveries", deliveryIds)
                .query(Recipient.class).list();
        List<OutgoingMail> mails = recipients.stream().map(r -> {
            String subject = text("circular.mail." + kind.key() + ".subject", r.title(),
                    text("urgency." + r.urgency() + ".mark"));
            Instant due = r.reopenedUntil() != null && kind.namesReopening() ? r.reopenedUntil() : r.deadline();
            String body = text("circular.mail." + kind.key() + ".body", r.name(), r.title(), r.docNumber(),
                    due == null ? text("circular.mail.noDeadline") : dates.format(due),
                    properties.link("/admin/inbox/" + r.deliveryId()));
            return new OutgoingMail(r.email(), subject, body, "circular-" + kind.key());
        }).toList();
        outbox.enqueueAll(mails);
        return mails.size();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
