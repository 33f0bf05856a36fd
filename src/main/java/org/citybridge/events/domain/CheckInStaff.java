package org.citybridge.events.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.accounts.RoleAccounts;
import org.citybridge.accounts.UserNames;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in staff (签到人员): the secretariat grants accounts of role CHECKIN (made by an administrator at 账号管理) the
 * check-in of one event, and withdraws it; such an account checks delegates in and shows the big screen at the events
 * granted to it and reaches nothing else.
 */
@Service
@Transactional
public class CheckInStaff {

    /** An account granted the event, or one that could be. */
    public record Member(String username, String name) {
    }

    /** The event's check-in staff, and the other enabled check-in accounts the secretariat may add. */
    public record Staffing(List<Member> granted, List<Member> others) {
    }

    private final CheckInStore store;
    private final EventStore events;
    private final EventAccess access;
    private final RoleAccounts accounts;
    private final UserNames names;
    private final Clock clock;

    CheckInStaff(CheckInStore store, EventStore events, EventAccess access, RoleAccounts accounts, UserNames names, Clock clock) {
        this.store = store;
        this.events = events;
        this.access = access;
        this.accounts = accounts;
        this.names = names;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Staffing of(long eventId) {
        access.requireSecretariat();
        requireEvent(eventId);
        List<String> granted = store.staff(eventId);
        Map<String, String> grantedNames = names.ofAll(granted);
        Set<String> taken = new HashSet<>(granted);
        return new Staffing(granted.stream().map(u -> new Member(u, grantedNames.get(u))).toList(),
                accounts.enabled(Role.CHECKIN).stream().filter(a -> !taken.contains(a.username()))
                        .map(a -> new Member(a.username(), a.name())).toList());
    }

    /** Lets an enabled check-in account check delegates in at the event. */
    public void grant(long eventId, String username) {
        Actor actor = access.requireSecretariat();
        requireEvent(eventId);
        if (!accounts.holds(username, Role.CHECKIN)) {
            throw new RuleViolation("username", "event.checkin.error.notCheckInAccount", String.valueOf(username));
        }
        store.grant(eventId, username, actor.username(), clock.instant());
    }

    public void revoke(long eventId, String username) {
        access.requireSecretariat();
        requireEvent(eventId);
        if (username != null && !username.isBlank()) {
            store.revoke(eventId, username);
        }
    }

    /**
     * The events the caller checks delegates in at: those granted to check-in staff, whatever their status; for the
     * secretariat, every event taking check-ins. Anyone else is refused.
     */
    @Transactional(readOnly = true)
    public List<EventSummary> events() {
        Actor actor = Actors.currentOrSystem();
        if (actor.isSecretariat()) {
            return events.events(false).stream().filter(e -> EventLifecycle.takesCheckIns(e.status())).toList();
        }
        if (actor.role() != Role.CHECKIN) {
            throw new AccessDeniedException("for the secretariat and check-in staff");
        }
        Set<Long> granted = new HashSet<>(store.eventsOf(actor.username()));
        return events.events(true).stream().filter(e -> granted.contains(e.id())).toList();
    }

    private void requireEvent(long eventId) {
        events.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }
}
