package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a report's draft starts with, and whose figures they are, without Spring. */
class EventArticleTextTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 5);

    @Test
    void theLeadSaysWhenWhereAndHowManyCameFromHowManyCities() {
        EventView event = event("2026年度联络员工作会议", "成都市", FIRST, FIRST.plusDays(2), List.of());

        assertThat(EventArticleText.title(event)).isEqualTo("2026年度联络员工作会议在成都市召开");
        assertThat(EventArticleText.lead(event, new Attendance(130, 81, true)))
                .isEqualTo("2026年11月5日至7日，2026年度联络员工作会议在成都市召开。来自81个城市的130名代表参加会议。");
    }

    @Test
    void withoutAHostCityTheFirstVenueIsThePlaceAndWithoutEitherNoneIsNamed() {
        EventView atVenue = new EventView(1, EventKind.FORUM, "座谈会", null, null, FIRST, FIRST, null, Instant.EPOCH, 10, null,
                EventStatus.HELD, "", 0, "staff", Instant.EPOCH, Instant.EPOCH, 3, 0,
                List.of(new VenueView(1, "北京会议中心", "")), List.of(), List.of());
        assertThat(EventArticleText.title(atVenue)).isEqualTo("座谈会在北京会议中心召开");

        EventView nowhere = event("座谈会", null, FIRST, FIRST, List.of());
        assertThat(EventArticleText.title(nowhere)).isEqualTo("座谈会召开");
        assertThat(EventArticleText.lead(nowhere, new Attendance(3, 1, false))).startsWith("2026年11月5日，座谈会召开。来自1个城市的3名代表");
    }

    @Test
    void aTitleTooLongForThePortalFallsBackToTheEventsOwn() {
        String long198 = "会".repeat(198);
        assertThat(EventArticleText.title(event(long198, "成都市", FIRST, FIRST, List.of()))).isEqualTo(long198);
    }

    @Test
    void datesAcrossMonthsAndYearsNameWhatChanges() {
        assertThat(EventArticleText.dates(FIRST, FIRST)).isEqualTo("2026年11月5日");
        assertThat(EventArticleText.dates(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 2))).isEqualTo("2026年10月31日至11月2日");
        assertThat(EventArticleText.dates(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 1))).isEqualTo("2026年12月30日至2027年1月1日");
    }

    @Test
    void theBodyHasTheLeadTheAgendasMainItemsAndEachPhotoAsAFigureWithItsCaptionEscaped() {
        EventView event = event("工作会议", "成都市", FIRST, FIRST.plusDays(1), List.of(
                session("开幕式暨全体会议", SessionKind.PLENARY), session("午餐", SessionKind.MEAL),
                session("城市更新专题讲座", SessionKind.LECTURE), session("参观天府新区", SessionKind.SITE_VISIT),
                session("城市更新专题讲座", SessionKind.LECTURE)));
        UUID first = UUID.fromString("11111111-2222-3333-4444-555555555555");
        UUID second = UUID.fromString("66666666-7777-8888-9999-000000000000");

        String body = EventArticleText.body(event, new Attendance(5, 3, false), List.of(
                new EventPhoto(1, first, "开幕式现场", "staff", Instant.EPOCH),
                new EventPhoto(2, second, "代表<b>合影</b> & \"留念\"", "staff", Instant.EPOCH)));

        assertThat(body).startsWith("<p>2026年11月5日至6日，工作会议在成都市召开。来自3个城市的5名代表参加会议。</p>")
                .contains("<p>会议议程包括开幕式暨全体会议、城市更新专题讲座、参观天府新区。</p>")
                .doesNotContain("午餐")
                .contains("<figure><img src=\"/media/" + first + "\" alt=\"开幕式现场\"><figcaption>开幕式现场</figcaption></figure>")
                .contains("<figcaption>代表&lt;b&gt;合影&lt;/b&gt; &amp; &quot;留念&quot;</figcaption>")
                .contains("alt=\"代表&lt;b&gt;合影&lt;/b&gt; &amp; &quot;留念&quot;\"")
                .doesNotContain("<b>");
    }

    @Test
    void theFiguresComeFromTheCheckInsWhenThereAreAnyElseFromTheRegistrations() {
        assertThat(Attendance.of(new EventFigures(130, 81, 0, 0, List.of()))).isEqualTo(new Attendance(130, 81, false));
        assertThat(Attendance.of(new EventFigures(130, 81, 122, 79, List.of()))).isEqualTo(new Attendance(122, 79, true));
    }

    private static EventView event(String title, String host, LocalDate first, LocalDate last, List<SessionView> sessions) {
        return new EventView(1, EventKind.ANNUAL_CONFERENCE, title, host == null ? null : "510100", host, first, last, null,
                Instant.EPOCH, 100, null, EventStatus.HELD, "", 0, "staff", Instant.EPOCH, Instant.EPOCH, 5, 0, List.of(),
                sessions, List.of());
    }

    private static SessionView session(String title, SessionKind kind) {
        return new SessionView(1, FIRST, LocalTime.of(9, 0), LocalTime.of(10, 0), title, kind, "", "", false, null, 0);
    }
}
