package org.citybridge.events.domain;

import org.citybridge.shared.CityScope;
import org.citybridge.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The big screen (大屏) at the venue: "已报到 N 名代表，来自 M 个城市" and the same by province, for the whole event. Opened by
 * the secretariat or the event's check-in staff; the screens already open then receive the figures as check-ins arrive.
 */
@Service
@Transactional(readOnly = true)
public class EventScreen {

    /** What a screen shows when it opens. */
    public record Screen(long eventId, String title, EventFigures figures) {
    }

    private static final CityScope WHOLE_EVENT = new CityScope.All();

    private final EventStore events;
    private final EventAccess access;
    private final DelegationFigures figures;

    EventScreen(EventStore events, EventAccess access, DelegationFigures figures) {
        this.events = events;
        this.access = access;
        this.figures = figures;
    }

    public Screen open(long eventId) {
        var event = events.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        access.requireCheckIn(eventId);
        return new Screen(eventId, event.title(), figures.figures(eventId, WHOLE_EVENT));
    }

    /** The figures for screens opened by {@link #open}, whose access was checked then; no caller is signed in here. */
    public EventFigures figures(long eventId) {
        return figures.figures(eventId, WHOLE_EVENT);
    }
}
