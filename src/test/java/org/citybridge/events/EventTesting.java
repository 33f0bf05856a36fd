package org.citybridge.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.citybridge.directory.Gender;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.events.domain.DelegateEntry;
import org.citybridge.events.domain.DelegateView;
import org.citybridge.events.domain.DelegationEntry;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventDraft.GroupEntry;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventDraft.VenueEntry;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds events and delegations through the real services for the tests of this module, acting as the step needs. */
public final class EventTesting {

    private static final AtomicInteger MOBILES = new AtomicInteger();

    private final Fixtures fixtures;
    private final EventPlanning planning;
    private final DelegationRegistering registering;
    private final JdbcClient jdbc;
    private final Clock clock;

    public EventTesting(Fixtures fixtures, EventPlanning planning, DelegationRegistering registering, JdbcClient jdbc, Clock clock) {
        this.fixtures = fixtures;
        this.planning = planning;
        this.registering = registering;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first day of every test event: a month ahead. */
    public LocalDate firstDay() {
        return LocalDate.now(clock).plusDays(30);
    }

    /** A three-day conference in Chengdu with a plenary, an optional lecture and one site-visit group, as a draft. */
    public EventDraft draft(String title, int capacity, Integer quota) {
        LocalDate first = firstDay();
        return new EventDraft(EventKind.ANNUAL_CONFERENCE, title, "510100", first, first.plusDays(2), null,
                clock.instant().plus(Duration.ofDays(20)), capacity, quota, "请携带身份证件。",
                List.of(new VenueEntry(null, "成都世纪城国际会议中心", "成都市高新区世纪城路198号")),
                List.of(new SessionEntry(null, first, LocalTime.of(9, 0), LocalTime.of(11, 30), "开幕式暨全体会议",
                                SessionKind.PLENARY, "一号厅", "秘书长", false, null),
                        new SessionEntry(null, first, LocalTime.of(14, 0), LocalTime.of(16, 0), "城市更新专题讲座",
                                SessionKind.LECTURE, "二号厅", "张教授", true, 50)),
                List.of(new GroupEntry(null, "第一组：天府新区", "川A·12345", 40)));
    }

    /** The event as it is, with another capacity: its venues, sessions and groups kept (by id). */
    public static EventDraft draftOf(EventView view, int capacity) {
        return new EventDraft(view.kind(), view.title(), view.hostCityCode(), view.startsOn(), view.endsOn(),
                view.registrationOpensAt(), view.registrationClosesAt(), capacity, view.cityQuota(), view.notes(),
                view.venues().stream().map(v -> new VenueEntry(null, v.name(), v.address())).toList(),
                view.sessions().stream().map(s -> new SessionEntry(s.id(), s.day(), s.startsAt(), s.endsAt(), s.title(), s.kind(),
                        s.place(), s.speakers(), s.optional(), s.capacity())).toList(),
                view.visitGroups().stream().map(g -> new GroupEntry(g.id(), g.name(), g.bus(), g.capacity())).toList());
    }

    /** A new event, open for registration. */
    public long openEvent(String title, int capacity, Integer quota) {
        return fixtures.asAdmin(() -> {
            long id = planning.create(draft(title, capacity, quota));
            planning.changeStatus(id, EventStatus.OPEN);
            return id;
        });
    }

    /** A liaison account's actor for a city, its person appointed there. */
    public Actor liaison(String cityCode) {
        long person = fixtures.person(cityCode + "联络员");
        fixtures.appoint(cityCode, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        return new Actor("liaison-" + cityCode + "-" + person, Role.LIAISON, cityCode, null, person);
    }

    public static Actor staff() {
        return new Actor("staff-events", Role.STAFF, null, null, null);
    }

    /** A delegate with a mobile number no other test uses. */
    public static DelegateEntry delegate(String name) {
        return new DelegateEntry(null, name, Gender.MALE, "副秘书长", "市人民政府办公厅", String.format("136%08d", MOBILES.incrementAndGet()),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static DelegationEntry delegation(String... names) {
        return new DelegationEntry(null, Arrays.stream(names).map(EventTesting::delegate).toList());
    }

    public DelegationView register(Actor actor, long eventId, String cityCode, DelegationEntry entry) {
        return Fixtures.as(actor, () -> registering.register(eventId, cityCode, entry));
    }

    /** The entry that sends the delegation again as it is, each active delegate by its id. */
    public static DelegationEntry resend(DelegationView delegation, DelegateEntry... added) {
        List<DelegateEntry> kept = new ArrayList<>(delegation.active().stream().map(EventTesting::entry).toList());
        kept.addAll(List.of(added));
        return new DelegationEntry(null, kept);
    }

    public static DelegateEntry entry(DelegateView d) {
        return new DelegateEntry(d.id(), d.name(), d.gender(), d.post(), d.unit(), d.mobile(), d.diet(), d.dietNote(), d.role(),
                d.arrivalDate(), d.arrivalTime(), d.arrivalTrip(), d.arrivalStation(), d.departureDate(), d.departureTime(),
                d.departureTrip(), d.departureStation(), d.lodging(), d.visitGroupId(), d.sessionIds());
    }

    public static DelegateView named(DelegationView delegation, String name) {
        return delegation.delegates().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** Moves an open event's deadline into the past directly: the application refuses to open an event after it. */
    public void deadlinePassed(long eventId) {
        jdbc.sql("UPDATE event SET registration_closes_at = :at WHERE id = :id")
                .param("at", Timestamp.from(clock.instant().minusSeconds(60))).param("id", eventId).update();
    }

    public long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    public String email(Actor liaison) {
        return jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", liaison.personId()).query(String.class).single();
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        return Fixtures.as(actor, work);
    }
}
