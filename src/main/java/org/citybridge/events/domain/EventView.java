package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An event with its venues, agenda and site-visit groups.
 *
 * @param cityQuota  the most delegates one city may send (registered or waitlisted); null: no limit but the capacity
 * @param registered delegates holding a place
 * @param waitlisted delegates waiting for one
 */
public record EventView(long id, EventKind kind, String title, String hostCityCode, String hostCityName,
                        LocalDate startsOn, LocalDate endsOn, Instant registrationOpensAt, Instant registrationClosesAt,
                        int capacity, Integer cityQuota, EventStatus status, String notes, int version,
                        String createdBy, Instant createdAt, Instant updatedAt, int registered, int waitlisted,
                        List<VenueView> venues, List<SessionView> sessions, List<VisitGroupView> visitGroups) {

    /** The agenda day by day, from the first day of the event; days without sessions are left out. */
    public List<AgendaDay> agenda() {
        Map<LocalDate, List<SessionView>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionView::day, TreeMap::new, Collectors.toList()));
        return byDay.entrySet().stream()
                .map(day -> new AgendaDay(day.getKey(), (int) ChronoUnit.DAYS.between(startsOn, day.getKey()) + 1, day.getValue()))
                .toList();
    }

    /** The sessions a delegate may choose at registration. */
    public List<SessionView> optionalSessions() {
        return sessions.stream().filter(SessionView::optional).toList();
    }

    /** One day of the agenda; {@code number} counts from the event's first day (1). */
    public record AgendaDay(LocalDate day, int number, List<SessionView> sessions) {
    }
}
