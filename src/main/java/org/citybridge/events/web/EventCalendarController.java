package org.citybridge.events.web;

import java.nio.charset.StandardCharsets;

import org.citybridge.events.domain.AgendaCalendars;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An event's agenda as a calendar feed that calendar programs subscribe to (they send no session, so it needs no
 * sign-in for an event that is no longer a draft; see {@link AgendaCalendars#feed}). The integration tests are
 * {@code EventCalendarFeedTests}.
 */
@RestController
class EventCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final AgendaCalendars calendars;

    EventCalendarController(AgendaCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("event-" + id + ".ics").build().toString())
                .body(calendars.feed(id).getBytes(StandardCharsets.UTF_8));
    }
}
