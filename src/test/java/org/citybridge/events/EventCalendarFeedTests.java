package org.citybridge.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventDraft;
import org.citybridge.events.domain.EventDraft.SessionEntry;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventQueries;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionView;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed of an event's agenda ({@code /events/{id}/calendar.ics}): public once the event is open, closed
 * or held, stable from one fetch to the next, a draft's for the secretariat only. Nothing in it names a delegate.
 */
@IntegrationTest
class EventCalendarFeedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    EventQueries queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private EventTesting events;
    private static String staff;
    private static String liaison;

    @BeforeEach
    void accounts() {
        events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        if (staff == null) {
            staff = fixtures.account(Role.STAFF);
            liaison = fixtures.account(Role.LIAISON, "220500", null, events.liaison("220500").personId());
        }
    }

    private String feed(long event) throws Exception {
        return mvc.perform(get("/events/" + event + "/calendar.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anyoneGetsTheAgendaOfAnOpenEventEverySessionUnderAUidThatStaysTheSame() throws Exception {
        long event = events.openEvent("通化日程订阅测试", 20, null);
        events.register(EventTesting.staff(), event, "220500", EventTesting.delegation("不应出现的代表"));
        EventView view = EventTesting.as(EventTesting.staff(), () -> queries.event(event));
        String text = feed(event);

        assertThat(IcsContent.calendarValue(text, "X-WR-CALNAME")).isEqualTo("通化日程订阅测试");
        List<VEvent> entries = IcsContent.events(text);
        assertThat(entries).extracting(e -> IcsContent.value(e, Property.UID)).containsExactlyElementsOf(view.sessions().stream()
                .map(s -> "event-" + event + "-session-" + s.id() + "@citybridge").toList());
        SessionView plenary = view.sessions().get(0);
        VEvent first = entries.get(0);
        assertThat(IcsContent.value(first, Property.SUMMARY)).isEqualTo("开幕式暨全体会议");
        assertThat(IcsContent.value(first, Property.LOCATION)).isEqualTo("一号厅");
        assertThat(IcsContent.value(first, Property.DESCRIPTION)).contains("全体会议", "主讲：秘书长");
        assertThat(IcsContent.time(first, Property.DTSTART))
                .isEqualTo(plenary.day().atTime(plenary.startsAt()).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(text).doesNotContain("不应出现的代表");
        assertThat(feed(event)).as("the same text until the event changes").isEqualTo(text);

        EventDraft same = EventTesting.draftOf(view, 20);
        List<SessionEntry> moved = new ArrayList<>(same.sessions());
        SessionEntry opening = moved.get(0);
        moved.set(0, new SessionEntry(opening.id(), opening.day(), opening.startsAt(), opening.endsAt(), opening.title(),
                opening.kind(), "二号厅", opening.speakers(), opening.optional(), opening.capacity()));
        fixtures.asAdmin(() -> {
            planning.update(event, view.version(), new EventDraft(same.kind(), same.title(), same.hostCityCode(), same.startsOn(),
                    same.endsOn(), same.registrationOpensAt(), same.registrationClosesAt(), same.capacity(), same.cityQuota(),
                    same.notes(), same.venues(), moved, same.visitGroups()));
            return null;
        });
        List<VEvent> changed = IcsContent.events(feed(event));
        assertThat(IcsContent.value(changed.get(0), Property.LOCATION)).isEqualTo("二号厅");
        assertThat(changed).extracting(e -> IcsContent.value(e, Property.UID))
                .as("a calendar updates the entries rather than adding them again")
                .containsExactlyElementsOf(entries.stream().map(e -> IcsContent.value(e, Property.UID)).toList());
    }

    @Test
    void aDraftsAgendaIsTheSecretariatsAloneAndAnUnknownEventIsNotFound() throws Exception {
        long draft = fixtures.asAdmin(() -> planning.create(events.draft("通化草稿日程", 10, null)));
        mvc.perform(get("/events/" + draft + "/calendar.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + draft + "/calendar.ics").cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/events/" + draft + "/calendar.ics").cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/events/999999999/calendar.ics")).andExpect(status().isNotFound());
    }
}
