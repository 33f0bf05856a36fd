package org.citybridge.events.domain;

import java.util.List;
import java.util.Locale;

import org.citybridge.directory.LiaisonContact;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mail to a city's liaisons about its delegation, written into the outbox in the caller's transaction (in Chinese). */
@Component
class EventMail {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CityBridgeProperties properties;

    EventMail(MailOutbox outbox, MessageSource messages, CityBridgeProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
    }

    /** Delegates of the city moved from the waitlist to a place; answers how many messages were written. */
    int promoted(long eventId, String title, String cityName, List<String> names, List<LiaisonContact> liaisons) {
        int sent = 0;
        for (LiaisonContact liaison : liaisons) {
            if (liaison.email() == null || liaison.email().isBlank()) {
                continue;
            }
            String link = properties.link("/admin/events/" + eventId + "/delegations/" + liaison.cityCode());
            String subject = messages.getMessage("event.mail.promoted.subject", new Object[]{title}, MAIL_LOCALE);
            String body = messages.getMessage("event.mail.promoted.body",
                    new Object[]{liaison.name(), cityName, title, String.join("、", names), link}, MAIL_LOCALE);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "event-promoted"));
            sent++;
        }
        return sent;
    }
}
