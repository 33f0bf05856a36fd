package org.citybridge.events.domain;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant STAMP = Instant.parse("2026-03-01T02:00:00Z");

    private final EventCalendar calendars = new EventCalendar();

    @Test
    void entriesReadBackWithTheirTitlesPlacesAndShanghaiTimes() throws Exception {
        ZonedDateTime opening = ZonedDateTime.of(2026, 3, 15, 9, 0, 0, 0, SHANGHAI);
        List<CalendarEntry> entries = List.of(
                new CalendarEntry("event-12-session-1@citybridge", "开幕式暨全体会议", "成都市锦江宾馆会议中心一楼大会堂",
                        opening, opening.plusHours(2).plusMinutes(30), "主持人：协会秘书长。议程：一、年度联络工作报告；二、明年工作计划；三、表彰优秀联络员；四、交流发言（成都市、深圳市、喀什市）"),
                new CalendarEntry("event-12-session-2@citybridge", "实地考察（第一组）：天府新区", null,
                        ZonedDateTime.of(2026, 3, 16, 6, 0, 0, 0, ZoneId.of("UTC")),
                        ZonedDateTime.of(2026, 3, 16, 9, 30, 0, 0, ZoneId.of("UTC")), ""));

        String text = calendars.text("2026年全国城市联络员工作会议", entries, STAMP);

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertThat(parsed.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(parsed.getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(2);

        VEvent first = events.get(0);
        assertThat(value(first, Property.SUMMARY)).isEqualTo("开幕式暨全体会议");
        assertThat(value(first, Property.LOCATION)).isEqualTo("成都市锦江宾馆会议中心一楼大会堂");
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo("主持人：协会秘书长。议程：一、年度联络工作报告；二、明年工作计划；三、表彰优秀联络员；四、交流发言（成都市、深圳市、喀什市）");
        assertThat(value(first, Property.UID)).isEqualTo("event-12-session-1@citybridge");
        assertThat(time(first, Property.DTSTART)).isEqualTo(opening.toInstant());
        assertThat(time(first, Property.DTEND)).isEqualTo(Instant.parse("2026-03-15T03:30:00Z"));

        VEvent second = events.get(1);
        assertThat(value(second, Property.SUMMARY)).isEqualTo("实地考察（第一组）：天府新区");
        assertThat(second.getProperty(Property.LOCATION)).isEmpty();
        assertThat(time(second, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-16T06:00:00Z"));
        assertThat(text).contains("DTSTART;TZID=Asia/Shanghai:20260316T140000");
        assertThat(text).contains("DTSTAMP:20260301T020000Z");
        assertThat(text.split("\r\n")).as("lines of at most 75 octets").allSatisfy(
                line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aLongLineIsFoldedBetweenCharactersNeverInsideOne() {
        String line = "DESCRIPTION:" + "会".repeat(30) + "😀" + "x".repeat(100);

        String folded = EventCalendar.folded(line + "\r\n");

        String[] lines = folded.split("\r\n");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(
                part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines[1]).startsWith(" ");
        assertThat(folded.replace("\r\n ", "")).as("unfolded as RFC 5545 says").isEqualTo(line + "\r\n");
    }

    @Test
    void anEntryCannotEndBeforeItStarts() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 15, 9, 0, 0, 0, SHANGHAI);
        assertThatThrownBy(() -> new CalendarEntry("x", "会议", "", start, start.minusMinutes(1), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static Instant time(VEvent event, String property) {
        DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return Instant.from(date.getDate());
    }
}
