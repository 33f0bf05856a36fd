package org.citybridge.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda as iCalendar: the event's calendar feed (every session, for anyone once the event is no longer a draft:
 * it holds the programme and no delegate's data) and a delegate's personal agenda (the sessions every delegate attends
 * plus the optional ones the delegate chose, a site visit naming the delegate's group) for the confirmation mail.
 * Each session keeps its UID from one calendar to the next, so that a calendar program updates it instead of adding
 * it again.
 */
@Service
public class AgendaCalendars {

    private static final Locale CALENDAR_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final EventStore store;
    private final EventAccess access;
    private final EventCalendar calendar;
    private final MessageSource messages;
    private final CityBridgeProperties properties;

    AgendaCalendars(EventStore store, EventAccess access, EventCalendar calendar, MessageSource messages,
                    CityBridgeProperties properties) {
        this.store = store;
        this.access = access;
        this.calendar = calendar;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The feed of an open, closed or held event, to anyone (signed in or not); a draft's to the secretariat only.
     * Its stamp is the event's last change, so the text stays the same until the event changes.
     */
    @Transactional(readOnly = true)
    public String feed(long eventId) {
        EventRow row = store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireSee(Actors.currentOrSystem(), eventId, row.status());
        EventView event = store.view(row);
        List<CalendarEntry> entries = event.sessions().stream()
                .map(session -> entry(event, session, "event-" + event.id() + "-session-" + session.id() + "@citybridge", null))
                .toList();
        return calendar.text(event.title(), entries, event.updatedAt());
    }

    /** One delegate's agenda: the compulsory sessions and the optional ones chosen, for a mail written at {@code stamp}. */
    String personal(EventView event, DelegateView delegate, Instant stamp) {
        VisitGroupView group = event.visitGroups().stream().filter(g -> Long.valueOf(g.id()).equals(delegate.visitGroupId()))
                .findFirst().orElse(null);
        List<CalendarEntry> entries = personalSessions(event, delegate).stream()
                .map(session -> entry(event, session, "event-" + event.id() + "-session-" + session.id() + "-delegate-"
                        + delegate.id() + "@citybridge", session.kind() == SessionKind.SITE_VISIT ? group : null))
                .toList();
        return calendar.text(text("event.calendar.personalName", event.title(), delegate.name()), entries, stamp);
    }

    /** The sessions a delegate attends: every compulsory one, and the optional ones the delegate chose. */
    static List<SessionView> personalSessions(EventView event, DelegateView delegate) {
        return event.sessions().stream().filter(s -> !s.optional() || delegate.sessionIds().contains(s.id())).toList();
    }

    private CalendarEntry entry(EventView event, SessionView session, String uid, VisitGroupView group) {
        ZoneId zone = properties.timeZone();
        List<String> about = new ArrayList<>();
        about.add(text("event.session.kind." + session.kind().name()));
        if (session.speakers() != null && !session.speakers().isBlank()) {
            about.add(text("event.calendar.speakers", session.speakers()));
        }
        if (group != null) {
            about.add(group.bus() == null || group.bus().isBlank() ? text("event.calendar.group", group.name())
                    : text("event.calendar.groupOnBus", group.name(), group.bus()));
        }
        about.add(event.title());
        return new CalendarEntry(uid, session.title(), session.place(), session.day().atTime(session.startsAt()).atZone(zone),
                session.day().atTime(session.endsAt()).atZone(zone), String.join("\n", about));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CALENDAR_LOCALE);
    }
}
