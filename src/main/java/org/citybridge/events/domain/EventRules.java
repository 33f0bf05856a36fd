package org.citybridge.events.domain;

import java.util.List;
import java.util.Set;

import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventDraft.VenueEntry;
import org.citybridge.shared.RuleViolation;

import static org.citybridge.events.domain.EventLimits.ADDRESS;
import static org.citybridge.events.domain.EventLimits.BUS;
import static org.citybridge.events.domain.EventLimits.GROUP_NAME;
import static org.citybridge.events.domain.EventLimits.MAX_CAPACITY;
import static org.citybridge.events.domain.EventLimits.MAX_ROWS;
import static org.citybridge.events.domain.EventLimits.NOTES;
import static org.citybridge.events.domain.EventLimits.PLACE;
import static org.citybridge.events.domain.EventLimits.SESSION_TITLE;
import static org.citybridge.events.domain.EventLimits.SPEAKERS;
import static org.citybridge.events.domain.EventLimits.TITLE;
import static org.citybridge.events.domain.EventLimits.VENUE_NAME;

/**
 * Every problem of an event as written, each on its field ({@code title}, {@code sessions[2].day}, …), so that the
 * form and the API refuse alike and all at once. Pure: what needs the database (the host city, places already
 * taken) is checked by {@link EventPlanning}.
 */
final class EventRules {

    private final Problems problems = new Problems();

    private EventRules() {
    }

    /**
     * @param sessionIds the event's existing sessions (empty for a new event)
     * @param groupIds   the event's existing site-visit groups
     */
    static List<RuleViolation> check(EventDraft draft, Set<Long> sessionIds, Set<Long> groupIds) {
        EventRules rules = new EventRules();
        rules.event(draft);
        rules.venues(draft.venues());
        rules.sessions(draft, sessionIds);
        rules.groups(draft.visitGroups(), groupIds);
        return rules.problems.list();
    }

    private void event(EventDraft draft) {
        problems.required("kind", draft.kind());
        problems.text("title", draft.title(), TITLE, true);
        problems.required("startsOn", draft.startsOn());
        problems.required("endsOn", draft.endsOn());
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            problems.add("endsOn", "event.error.endsBeforeStart");
        }
        problems.required("registrationClosesAt", draft.registrationClosesAt());
        if (draft.registrationOpensAt() != null && draft.registrationClosesAt() != null
                && !draft.registrationOpensAt().isBefore(draft.registrationClosesAt())) {
            problems.add("registrationOpensAt", "event.error.opensAfterDeadline");
        }
        number("capacity", draft.capacity(), true);
        number("cityQuota", draft.cityQuota(), false);
        if (draft.capacity() != null && draft.cityQuota() != null && draft.cityQuota() > draft.capacity()) {
            problems.add("cityQuota", "event.error.quotaOverCapacity", draft.capacity());
        }
        problems.text("notes", draft.notes(), NOTES, false);
    }

    private void venues(List<VenueEntry> venues) {
        tooMany("venues", venues.size());
        for (int i = 0; i < venues.size(); i++) {
            VenueEntry venue = venues.get(i);
            problems.text("venues[" + i + "].name", venue.name(), VENUE_NAME, true);
            problems.text("venues[" + i + "].address", venue.address(), ADDRESS, false);
        }
    }

    private void sessions(EventDraft draft, Set<Long> existing) {
        List<SessionEntry> sessions = draft.sessions();
        tooMany("sessions", sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            SessionEntry session = sessions.get(i);
            String at = "sessions[" + i + "].";
            unknownId(at + "title", session.id(), existing);
            problems.required(at + "day", session.day());
            if (session.day() != null && draft.startsOn() != null && draft.endsOn() != null
                    && (session.day().isBefore(draft.startsOn()) || session.day().isAfter(draft.endsOn()))) {
                problems.add(at + "day", "event.error.dayOutsideEvent");
            }
            problems.required(at + "startsAt", session.startsAt());
            problems.required(at + "endsAt", session.endsAt());
            if (session.startsAt() != null && session.endsAt() != null && !session.endsAt().isAfter(session.startsAt())) {
                problems.add(at + "endsAt", "event.error.endsBeforeStart");
            }
            problems.text(at + "title", session.title(), SESSION_TITLE, true);
            problems.required(at + "kind", session.kind());
            problems.text(at + "place", session.place(), PLACE, false);
            problems.text(at + "speakers", session.speakers(), SPEAKERS, false);
            if (session.optional()) {
                number(at + "capacity", session.capacity(), false);
            }
        }
    }

    private void groups(List<GroupEntry> groups, Set<Long> existing) {
        tooMany("visitGroups", groups.size());
        for (int i = 0; i < groups.size(); i++) {
            GroupEntry group = groups.get(i);
            String at = "visitGroups[" + i + "].";
            unknownId(at + "name", group.id(), existing);
            problems.text(at + "name", group.name(), GROUP_NAME, true);
            problems.text(at + "bus", group.bus(), BUS, false);
            number(at + "capacity", group.capacity(), true);
        }
    }



    private void number(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value < 1 || value > MAX_CAPACITY) {
            problems.add(field, "event.error.number", 1, MAX_CAPACITY);
        }
    }

    private void tooMany(String field, int size) {
        if (size > MAX_ROWS) {
            problems.add(field, "event.error.tooManyRows", MAX_ROWS);
        }
    }

    private void unknownId(String field, Long id, Set<Long> existing) {
        if (id != null && !existing.contains(id)) {
            problems.add(field, "event.error.unknownRow", id);
        }
    }
}
