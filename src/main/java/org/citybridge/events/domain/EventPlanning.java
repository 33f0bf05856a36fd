package org.citybridge.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat plans events: writes a draft, changes it (with its agenda and groups) until it is held, and moves it
 * along its lifecycle. Every problem of the input is refused at once, before anything is written; a change never
 * takes away places, seats or quota that delegates already hold, and a larger capacity promotes the waitlist. A new
 * registration deadline is the invitations' deadline too.
 */
@Service
@Transactional
public class EventPlanning {

    private final EventStore store;
    private final EventAccess access;
    private final CityDirectory directory;
    private final Waitlist waitlist;
    private final EventInvitations invitations;
    private final Dates dates;
    private final Clock clock;

    EventPlanning(EventStore store, EventAccess access, CityDirectory directory, Waitlist waitlist, EventInvitations invitations,
                  Dates dates, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.waitlist = waitlist;
        this.invitations = invitations;
        this.dates = dates;
        this.clock = clock;
    }

    /** Every problem of a new event as written, for a form that cannot be saved as it is (nothing is written). */
    @Transactional(readOnly = true)
    public List<RuleViolation> check(EventDraft draft) {
        access.requireSecretariat();
        List<RuleViolation> problems = new ArrayList<>(EventRules.check(draft, Set.of(), Set.of()));
        hostCity(draft, problems);
        return problems;
    }

    /** Writes a new draft; answers its id. */
    public long create(EventDraft draft) {
        Actor actor = access.requireSecretariat();
        List<RuleViolation> problems = new ArrayList<>(EventRules.check(draft, Set.of(), Set.of()));
        String hostName = hostCity(draft, problems);
        RuleViolations.throwIfAny(problems);
        Instant now = clock.instant();
        long id = store.insertEvent(draft, hostName, actor.username(), now);
        writeAgenda(id, draft, List.of(), List.of());
        return id;
    }

    /** Changes the event as read at {@code version}; refused when someone changed it since, or once it is held. */
    public void update(long id, int version, EventDraft draft) {
        Actor actor = access.requireSecretariat();
        EventRow event = store.lockEvent(id).orElseThrow(() -> new NotFoundException("event.error.unknown", id));
        if (!EventLifecycle.editable(event.status())) {
            throw new RuleViolation(null, "event.error.notEditable", EventLifecycle.label(event.status()));
        }
        if (event.version() != version) {
            throw new RuleViolation(null, "event.error.stale");
        }
        EventView current = store.view(event);
        Set<Long> sessionIds = current.sessions().stream().map(SessionView::id).collect(Collectors.toSet());
        Set<Long> groupIds = current.visitGroups().stream().map(VisitGroupView::id).collect(Collectors.toSet());
        List<RuleViolation> problems = new ArrayList<>(EventRules.check(draft, sessionIds, groupIds));
        String hostName = hostCity(draft, problems);
        keepsWhatIsTaken(draft, current, store.largestDelegation(id), problems);
        boolean deadlineMoved = draft.registrationClosesAt() != null && !draft.registrationClosesAt().equals(event.registrationClosesAt());
        if (deadlineMoved) {
            invitations.deadlineProblem(id, draft.registrationClosesAt()).ifPresent(problems::add);
        }
        RuleViolations.throwIfAny(problems);
        Instant now = clock.instant();
        if (!store.updateEvent(id, version, draft, hostName, now)) {
            throw new RuleViolation(null, "event.error.stale");
        }
        writeAgenda(id, draft, current.sessions(), current.visitGroups());
        if (deadlineMoved) {
            invitations.followDeadline(id, event.registrationClosesAt(), draft.registrationClosesAt());
        }
        if (draft.capacity() > event.capacity()) {
            waitlist.promote(event, draft.capacity(), actor.username(), now);
        }
    }

    /** Moves the event to the wanted status (see {@link EventLifecycle}); opening needs a deadline still ahead. */
    public EventStatus changeStatus(long id, EventStatus wanted) {
        Actor actor = access.requireSecretariat();
        EventRow event = store.lockEvent(id).orElseThrow(() -> new NotFoundException("event.error.unknown", id));
        EventStatus to = EventLifecycle.next(event.status(), wanted);
        Instant now = clock.instant();
        if (to == EventStatus.OPEN && !now.isBefore(event.registrationClosesAt())) {
            throw new RuleViolation("status", "event.error.openAfterDeadline", dates.format(event.registrationClosesAt()));
        }
        store.changeStatus(id, event.status(), to, actor.username(), now);
        return to;
    }

    private String hostCity(EventDraft draft, List<RuleViolation> problems) {
        if (draft.hostCityCode() == null) {
            return null;
        }
        return directory.cityName(draft.hostCityCode()).orElseGet(() -> {
            problems.add(new RuleViolation("hostCityCode", "event.error.unknownHostCity", draft.hostCityCode()));
            return null;
        });
    }

    /** Places, quota and seats already held stay: no capacity below them, no removal of a chosen session or group. */
    private static void keepsWhatIsTaken(EventDraft draft, EventView current, int largestDelegation, List<RuleViolation> problems) {
        if (draft.capacity() != null && draft.capacity() < current.registered()) {
            problems.add(new RuleViolation("capacity", "event.error.capacityBelowTaken", current.registered()));
        }
        if (draft.cityQuota() != null && draft.cityQuota() < largestDelegation) {
            problems.add(new RuleViolation("cityQuota", "event.error.quotaBelowDelegation", largestDelegation));
        }
        Map<Long, SessionView> sessions = current.sessions().stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        Set<Long> keptSessions = draft.sessions().stream().map(SessionEntry::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < draft.sessions().size(); i++) {
            SessionEntry entry = draft.sessions().get(i);
            SessionView session = entry.id() == null ? null : sessions.get(entry.id());
            if (session == null || session.taken() == 0) {
                continue;
            }
            if (!entry.optional()) {
                problems.add(new RuleViolation("sessions[" + i + "].optional", "event.error.sessionChosen", session.title(), session.taken()));
            } else if (entry.capacity() != null && entry.capacity() < session.taken()) {
                problems.add(new RuleViolation("sessions[" + i + "].capacity", "event.error.capacityBelowTaken", session.taken()));
            }
        }
        current.sessions().stream().filter(s -> s.taken() > 0 && !keptSessions.contains(s.id()))
                .forEach(s -> problems.add(new RuleViolation(null, "event.error.sessionChosen", s.title(), s.taken())));
        Map<Long, VisitGroupView> groups = current.visitGroups().stream().collect(Collectors.toMap(VisitGroupView::id, Function.identity()));
        Set<Long> keptGroups = draft.visitGroups().stream().map(GroupEntry::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (int i = 0; i < draft.visitGroups().size(); i++) {
            GroupEntry entry = draft.visitGroups().get(i);
            VisitGroupView group = entry.id() == null ? null : groups.get(entry.id());
            if (group != null && entry.capacity() != null && entry.capacity() < group.taken()) {
                problems.add(new RuleViolation("visitGroups[" + i + "].capacity", "event.error.capacityBelowTaken", group.taken()));
            }
        }
        current.visitGroups().stream().filter(g -> g.taken() > 0 && !keptGroups.contains(g.id()))
                .forEach(g -> problems.add(new RuleViolation(null, "event.error.groupChosen", g.name(), g.taken())));
    }

    /** Venues are written afresh; sessions and groups keep their ids (delegates chose them), new ones are added. */
    private void writeAgenda(long id, EventDraft draft, List<SessionView> sessions, List<VisitGroupView> groups) {
        store.replaceVenues(id, draft.venues());
        Set<Long> keptSessions = draft.sessions().stream().map(SessionEntry::id).filter(Objects::nonNull).collect(Collectors.toSet());
        store.deleteSessions(sessions.stream().map(SessionView::id).filter(s -> !keptSessions.contains(s)).toList());
        for (SessionEntry session : draft.sessions()) {
            if (session.id() == null) {
                store.insertSession(id, session);
            } else {
                store.updateSession(id, session);
            }
        }
        Set<Long> keptGroups = draft.visitGroups().stream().map(GroupEntry::id).filter(Objects::nonNull).collect(Collectors.toSet());
        store.deleteGroups(groups.stream().map(VisitGroupView::id).filter(g -> !keptGroups.contains(g)).toList());
        for (int position = 0; position < draft.visitGroups().size(); position++) {
            GroupEntry group = draft.visitGroups().get(position);
            if (group.id() == null) {
                store.insertGroup(id, position, group);
            } else {
                store.updateGroup(id, position, group);
            }
        }
    }
}
