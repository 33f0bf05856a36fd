package org.citybridge.events.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.PhoneNumbers;
import org.citybridge.shared.RuleViolation;

import static org.citybridge.events.domain.EventLimits.DIET_NOTE;
import static org.citybridge.events.domain.EventLimits.MAX_DELEGATES;
import static org.citybridge.events.domain.EventLimits.PERSON_NAME;
import static org.citybridge.events.domain.EventLimits.POST;
import static org.citybridge.events.domain.EventLimits.STATION;
import static org.citybridge.events.domain.EventLimits.TRIP;
import static org.citybridge.events.domain.EventLimits.UNIT;

/**
 * Every problem of a city's delegation as sent, each on its field ({@code delegates[1].mobile}, …): the city's quota,
 * each delegate's details and travel, and the seats left in the chosen site-visit groups and optional sessions once
 * the other cities' delegates are counted. Pure: the caller reads the event and the seats others hold.
 */
final class DelegateRules {

    private final Problems problems = new Problems();

    private DelegateRules() {
    }

    /**
     * @param activeIds       the delegation's registered and waitlisted delegates, the only ids an entry may name
     * @param sessionsTaken   active delegates of other cities per optional session
     * @param groupsTaken     active delegates of other cities per site-visit group
     */
    static List<RuleViolation> check(DelegationEntry delegation, EventView event, Set<Long> activeIds,
                                     Map<Long, Integer> sessionsTaken, Map<Long, Integer> groupsTaken) {
        DelegateRules rules = new DelegateRules();
        rules.delegation(delegation, event.cityQuota());
        rules.delegates(delegation.delegates(), event, activeIds);
        rules.seats(delegation.delegates(), event, sessionsTaken, groupsTaken);
        return rules.problems.list();
    }

    private void delegation(DelegationEntry delegation, Integer quota) {
        int size = delegation.delegates().size();
        if (delegation.effectiveAnswer() == DelegationAnswer.DECLINED && size > 0) {
            problems.add("delegates", "event.error.declinedWithDelegates");
        } else if (delegation.effectiveAnswer() == DelegationAnswer.REGISTERED && size == 0) {
            problems.add("delegates", "event.error.noDelegates");
        }
        if (size > MAX_DELEGATES) {
            problems.add("delegates", "event.error.tooManyDelegates", MAX_DELEGATES);
        }
        DelegateLifecycle.quotaProblem(quota, size).ifPresent(problems::add);
    }

    private void delegates(List<DelegateEntry> delegates, EventView event, Set<Long> activeIds) {
        Set<Long> sessionIds = event.optionalSessions().stream().map(SessionView::id).collect(Collectors.toSet());
        Set<Long> groupIds = event.visitGroups().stream().map(VisitGroupView::id).collect(Collectors.toSet());
        Set<String> mobiles = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < delegates.size(); i++) {
            DelegateEntry d = delegates.get(i);
            String at = "delegates[" + i + "].";
            if (d.id() != null && (!activeIds.contains(d.id()) || !ids.add(d.id()))) {
                problems.add(at + "name", "event.error.unknownDelegate", d.id());
            }
            problems.text(at + "name", d.name(), PERSON_NAME, true);
            if (d.gender() == null) {
                problems.add(at + "gender", "validation.required");
            }
            problems.text(at + "post", d.post(), POST, false);
            problems.text(at + "unit", d.unit(), UNIT, false);
            if (d.mobile().isEmpty()) {
                problems.add(at + "mobile", "validation.required");
            } else if (!PhoneNumbers.isMobile(d.mobile())) {
                problems.add(at + "mobile", "event.error.mobile");
            } else if (!mobiles.add(d.mobile())) {
                problems.add(at + "mobile", "event.error.mobileTwice");
            }
            if (d.diet() == Diet.OTHER) {
                problems.text(at + "dietNote", d.dietNote(), DIET_NOTE, true);
            }
            travel(at, d, event);
            if (d.visitGroupId() != null && !groupIds.contains(d.visitGroupId())) {
                problems.add(at + "visitGroupId", "event.error.unknownGroup");
            }
            if (!sessionIds.containsAll(d.sessionIds())) {
                problems.add(at + "sessionIds", "event.error.unknownSession");
            }
        }
    }

    private void travel(String at, DelegateEntry d, EventView event) {
        problems.text(at + "arrivalTrip", d.arrivalTrip(), TRIP, false);
        problems.text(at + "arrivalStation", d.arrivalStation(), STATION, false);
        problems.text(at + "departureTrip", d.departureTrip(), TRIP, false);
        problems.text(at + "departureStation", d.departureStation(), STATION, false);
        if (d.arrivalTime() != null && d.arrivalDate() == null) {
            problems.add(at + "arrivalDate", "event.error.dateForTime");
        }
        if (d.departureTime() != null && d.departureDate() == null) {
            problems.add(at + "departureDate", "event.error.dateForTime");
        }
        if (d.arrivalDate() != null && d.arrivalDate().isAfter(event.endsOn())) {
            problems.add(at + "arrivalDate", "event.error.arrivesAfterEvent");
        }
        if (d.departureDate() != null && d.departureDate().isBefore(event.startsOn())) {
            problems.add(at + "departureDate", "event.error.departsBeforeEvent");
        }
        if (d.arrivalDate() != null && d.departureDate() != null) {
            LocalDateTime arrives = d.arrivalDate().atTime(d.arrivalTime() == null ? LocalTime.MIN : d.arrivalTime());
            LocalDateTime departs = d.departureDate().atTime(d.departureTime() == null ? LocalTime.MAX : d.departureTime());
            if (departs.isBefore(arrives)) {
                problems.add(at + "departureDate", "event.error.departsBeforeArrival");
            }
        }
    }

    /** The first delegate (in the order sent) who would overfill a group or session gets the refusal. */
    private void seats(List<DelegateEntry> delegates, EventView event, Map<Long, Integer> sessionsTaken,
                       Map<Long, Integer> groupsTaken) {
        Map<Long, VisitGroupView> groups = event.visitGroups().stream().collect(Collectors.toMap(VisitGroupView::id, Function.identity()));
        Map<Long, SessionView> sessions = event.optionalSessions().stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<Long, Integer> inGroup = new HashMap<>(groupsTaken);
        Map<Long, Integer> inSession = new HashMap<>(sessionsTaken);
        Set<Long> fullGroups = new HashSet<>();
        Set<Long> fullSessions = new HashSet<>();
        for (int i = 0; i < delegates.size(); i++) {
            DelegateEntry d = delegates.get(i);
            VisitGroupView group = d.visitGroupId() == null ? null : groups.get(d.visitGroupId());
            if (group != null && inGroup.merge(group.id(), 1, Integer::sum) > group.capacity() && fullGroups.add(group.id())) {
                problems.add("delegates[" + i + "].visitGroupId", "event.error.groupFull", group.name(), group.capacity());
            }
            for (Long id : d.sessionIds()) {
                SessionView session = sessions.get(id);
                if (session != null && session.capacity() != null
                        && inSession.merge(id, 1, Integer::sum) > session.capacity() && fullSessions.add(id)) {
                    problems.add("delegates[" + i + "].sessionIds", "event.error.sessionFull",
                            session.title(), session.capacity());
                }
            }
        }
    }
}
