package org.citybridge.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citybridge.directory.CityDirectory;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.mail.MailAttachment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms a city's delegation to its liaisons by mail, with each registered delegate's personal agenda as an
 * {@code .ics} attachment: when the city registers, amends or declines, and (through {@link Waitlist}) when its
 * delegates move up from the waitlist. Written to the outbox in the caller's transaction.
 */
@Component
class DelegationConfirmations {

    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final EventStore store;
    private final CityDirectory directory;
    private final AgendaCalendars calendars;
    private final EventMail mail;
    private final MessageSource messages;
    private final Clock clock;

    DelegationConfirmations(EventStore store, CityDirectory directory, AgendaCalendars calendars, EventMail mail,
                            MessageSource messages, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.calendars = calendars;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /** The city's delegation as saved, to its liaisons; answers how many messages were written. */
    @Transactional(propagation = Propagation.MANDATORY)
    int saved(EventRow row, DelegationView delegation, boolean amended) {
        EventView event = store.view(row);
        return mail.delegationSaved(event, delegation, amended, directory.activeLiaisons(List.of(delegation.cityCode())),
                agendas(event, delegation.active()));
    }

    /** Each registered delegate's agenda as an {@code .ics} file named after the delegate (names repeated get a number). */
    List<MailAttachment> agendas(EventView event, List<DelegateView> delegates) {
        Instant now = clock.instant();
        Map<String, Integer> named = new HashMap<>();
        List<MailAttachment> files = new ArrayList<>();
        for (DelegateView delegate : delegates) {
            if (delegate.state() != DelegateState.REGISTERED) {
                continue;
            }
            String name = delegate.name().replaceAll("[\\\\/]", "_");
            int seen = named.merge(name, 1, Integer::sum);
            String file = messages.getMessage("event.mail.agendaFile", new Object[]{seen == 1 ? name : name + "（" + seen + "）"},
                    Locale.SIMPLIFIED_CHINESE);
            files.add(new MailAttachment(file, CALENDAR_TYPE,
                    calendars.personal(event, delegate, now).getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }
}
