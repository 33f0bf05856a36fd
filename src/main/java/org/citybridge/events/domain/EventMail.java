package org.citybridge.events.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.directory.LiaisonContact;
import org.citybridge.mail.MailAttachment;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.platform.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mail to a city's liaisons about its delegation, written into the outbox in the caller's transaction (in Chinese). */
@Component
class EventMail {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CityBridgeProperties properties;
    private final Dates dates;

    EventMail(MailOutbox outbox, MessageSource messages, CityBridgeProperties properties, Dates dates) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
    }

    /**
     * Delegates of the city moved from the waitlist to a place, their agendas attached; answers how many messages were
     * written.
     */
    int promoted(long eventId, String title, String cityName, List<String> names, List<LiaisonContact> liaisons,
                 List<MailAttachment> agendas) {
        int sent = 0;
        for (LiaisonContact liaison : withMail(liaisons)) {
            String subject = text("event.mail.promoted.subject", title);
            String body = text("event.mail.promoted.body", liaison.name(), cityName, title, String.join("、", names),
                    link(eventId, liaison.cityCode())) + agendaNote(agendas);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "event-promoted", agendas));
            sent++;
        }
        return sent;
    }

    /**
     * The city's delegation as it now stands, after it was registered, amended or declined: every active delegate with
     * their state, and each registered delegate's agenda attached; answers how many messages were written.
     *
     * @param amended the city had answered before
     */
    int delegationSaved(EventView event, DelegationView delegation, boolean amended, List<LiaisonContact> liaisons,
                        List<MailAttachment> agendas) {
        String kind = delegation.answer() == DelegationAnswer.DECLINED ? "declined" : amended ? "amended" : "registered";
        List<String> lines = new ArrayList<>();
        List<DelegateView> active = delegation.active();
        for (int i = 0; i < active.size(); i++) {
            DelegateView delegate = active.get(i);
            String state = delegate.state() == DelegateState.WAITLISTED ? text("event.mail.waitlistRank", delegate.waitlistRank())
                    : text("event.delegate.state." + delegate.state().name());
            lines.add(text("event.mail.delegateLine", i + 1, delegate.name(), state));
        }
        String days = text("event.mail.days", dates.format(event.startsOn()), dates.format(event.endsOn()));
        int sent = 0;
        for (LiaisonContact liaison : withMail(liaisons)) {
            String subject = text("event.mail." + kind + ".subject", event.title());
            String body = text("event.mail." + kind + ".body", liaison.name(), delegation.cityName(), event.title(), days,
                    String.join("\n", lines), link(event.id(), delegation.cityCode())) + agendaNote(agendas);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "event-delegation", agendas));
            sent++;
        }
        return sent;
    }

    private static List<LiaisonContact> withMail(List<LiaisonContact> liaisons) {
        return liaisons.stream().filter(l -> l.email() != null && !l.email().isBlank()).toList();
    }

    private String link(long eventId, String cityCode) {
        return properties.link("/admin/events/" + eventId + "/delegations/" + cityCode);
    }

    private String agendaNote(List<MailAttachment> agendas) {
        return agendas.isEmpty() ? "" : "\n\n" + text("event.mail.agendaAttached");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, MAIL_LOCALE);
    }
}
