package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;


/**
 * An event as the secretariat writes it, for a new one or a change. Venues, sessions and groups with an id are the
 * event's existing ones, changed; those without are new; existing ones left out are removed.
 *
 * @param hostCityCode the co-organizing city's code, or null
 * @param cityQuota    the most delegates one city may send; null for no limit but the capacity
 */
public record EventDraft(EventKind kind, String title, String hostCityCode, LocalDate startsOn, LocalDate endsOn,
                         Instant registrationOpensAt, Instant registrationClosesAt, Integer capacity, Integer cityQuota,
                         String notes, List<VenueEntry> venues, List<SessionEntry> sessions, List<GroupEntry> visitGroups) {

    public EventDraft {
        hostCityCode = hostCityCode == null || hostCityCode.isBlank() ? null : hostCityCode.strip();
        notes = notes == null ? "" : notes.strip();
        venues = venues == null ? List.of() : List.copyOf(venues);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        visitGroups = visitGroups == null ? List.of() : List.copyOf(visitGroups);
    }

    public record VenueEntry(Long id, String name, String address) {
    }

    /**
     * @param optional chosen at registration (null: not optional)
     * @param capacity only for an optional session; null for no limit
     */
    public record SessionEntry(Long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, SessionKind kind,
                               String place, String speakers, Boolean optional, Integer capacity) {

        public SessionEntry {
            optional = Boolean.TRUE.equals(optional);
        }
    }

    public record GroupEntry(Long id, String name, String bus, Integer capacity) {
    }
}
