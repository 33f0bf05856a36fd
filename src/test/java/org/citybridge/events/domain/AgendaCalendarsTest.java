package org.citybridge.events.domain;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.citybridge.directory.Gender;
import org.citybridge.platform.CityBridgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A delegate's personal agenda: which sessions it holds, under which UIDs, and the group named on a site visit. */
class AgendaCalendarsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private static final Instant STAMP = Instant.parse("2026-10-01T02:00:00Z");

    private static final SessionView PLENARY = session(1, "开幕式暨全体会议", SessionKind.PLENARY, false, 9);
    private static final SessionView LECTURE = session(2, "城市更新专题讲座", SessionKind.LECTURE, true, 14);
    private static final SessionView FORUM = session(3, "数字政府分论坛", SessionKind.LECTURE, true, 14);
    private static final SessionView VISIT = session(4, "天府新区实地考察", SessionKind.SITE_VISIT, false, 16);
    private static final EventView EVENT = new EventView(12, EventKind.ANNUAL_CONFERENCE, "2026年度联络员工作会议", null, null,
            DAY, DAY, null, STAMP, 100, null, EventStatus.OPEN, "", 0, "staff", STAMP, STAMP, 0, 0, List.of(),
            List.of(PLENARY, LECTURE, FORUM, VISIT), List.of(new VisitGroupView(7, "第一组：天府新区", "川A·12345", 40, 1)));

    private final AgendaCalendars calendars = new AgendaCalendars(null, null, new EventCalendar(), messages(),
            new CityBridgeProperties(Path.of("data"), ZoneId.of("Asia/Shanghai"), "http://localhost:8080"));

    @Test
    void aDelegateAttendsEveryCompulsorySessionAndOnlyTheOptionalOnesChosen() {
        assertThat(AgendaCalendars.personalSessions(EVENT, delegate(31, List.of(3L), null)))
                .containsExactly(PLENARY, FORUM, VISIT);
        assertThat(AgendaCalendars.personalSessions(EVENT, delegate(32, List.of(), null))).containsExactly(PLENARY, VISIT);
    }

    @Test
    void eachSessionHasItsOwnUidForTheDelegateAndTheSiteVisitNamesTheDelegatesGroup() throws Exception {
        String text = calendars.personal(EVENT, delegate(31, List.of(2L), 7L), STAMP);

        List<VEvent> entries = new CalendarBuilder().build(new StringReader(text)).getComponents(VEvent.VEVENT);
        assertThat(entries).extracting(e -> value(e, Property.UID)).containsExactly("event-12-session-1-delegate-31@citybridge",
                "event-12-session-2-delegate-31@citybridge", "event-12-session-4-delegate-31@citybridge");
        assertThat(value(entries.get(2), Property.DESCRIPTION)).contains("实地考察", "考察分组：第一组：天府新区（川A·12345）");
        assertThat(value(entries.get(0), Property.DESCRIPTION)).doesNotContain("考察分组");
        assertThat(text).contains("X-WR-CALNAME:2026年度联络员工作会议（张三）", "DTSTART;TZID=Asia/Shanghai:20261105T090000");
        assertThat(calendars.personal(EVENT, delegate(31, List.of(2L), 7L), STAMP)).as("the same text for the same agenda")
                .isEqualTo(text);
    }

    private static SessionView session(long id, String title, SessionKind kind, boolean optional, int hour) {
        return new SessionView(id, DAY, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 30), title, kind, "一号厅", "", optional,
                optional ? 50 : null, 0);
    }

    private static DelegateView delegate(long id, List<Long> sessions, Long group) {
        return new DelegateView(id, "张三", Gender.MALE, "副秘书长", "市政府办公厅", "13900001111", Diet.NONE, null,
                DelegateRole.DELEGATE, null, null, null, null, null, null, null, null, Lodging.SHARED, group, sessions,
                DelegateState.REGISTERED, null, null);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages_events");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
