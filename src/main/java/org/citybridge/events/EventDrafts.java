package org.citybridge.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * Event drafts other modules start for the secretariat (an item of next year's plan): a one-day draft with a default
 * capacity and registration deadline, which the secretariat completes on the event's page ({@code /admin/events/{id}})
 * before opening it. The same rules and access as a draft written on the form ({@code EventPlanning}).
 */
@Service
public class EventDrafts {

    /** The places a draft starts with, until the secretariat sets the event's own. */
    public static final int DEFAULT_CAPACITY = 100;
    /** Registration closes this many days before a draft's first day, until the secretariat sets its own deadline. */
    public static final int DEFAULT_DEADLINE_DAYS = 7;

    private final EventPlanning planning;
    private final Clock clock;

    EventDrafts(EventPlanning planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    /** The kinds of event a draft may be: {@code ANNUAL_CONFERENCE}, {@code TRAINING}, {@code FORUM}. */
    public static List<String> kinds() {
        return Arrays.stream(EventKind.values()).map(Enum::name).toList();
    }

    /** Writes a draft of one day for the secretariat; answers its id. */
    public long draft(String kind, String title, LocalDate on, String notes) {
        if (kind == null || !kinds().contains(kind)) {
            throw new RuleViolation("kind", "validation.required");
        }
        return planning.create(new EventDraft(EventKind.valueOf(kind), title, null, on, on, null,
                on.minusDays(DEFAULT_DEADLINE_DAYS).atStartOfDay(clock.getZone()).toInstant(), DEFAULT_CAPACITY, null,
                notes, List.of(), List.of(), List.of()));
    }
}
