package org.citybridge.events.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

/**
 * The words of an event's report as the portal's draft starts, in Chinese whatever the language of whoever makes it
 * (the portal publishes in Chinese): a title, a lead with the dates, the place and the figures ("来自3个城市的5名代表
 * 参加会议"), the agenda's main items, and the chosen photos as {@code <figure>} with their captions. Every text from
 * the event is escaped; the portal sanitizes the body again when it saves it.
 */
final class EventArticleText {

    static final int TITLE_MAX = 200;
    private static final Set<SessionKind> MAIN_ITEMS = Set.of(SessionKind.PLENARY, SessionKind.LECTURE, SessionKind.SITE_VISIT);

    private EventArticleText() {
    }

    /** e.g. 2026年度联络员工作会议在成都市召开; the event's own title when that would be too long. */
    static String title(EventView event) {
        String place = place(event);
        String title = place == null ? event.title() + "召开" : event.title() + "在" + place + "召开";
        return title.length() > TITLE_MAX ? event.title() : title;
    }

    /** e.g. 2026年11月5日至7日，2026年度联络员工作会议在成都市召开。来自3个城市的5名代表参加会议。 */
    static String lead(EventView event, Attendance attendance) {
        String place = place(event);
        return dates(event.startsOn(), event.endsOn()) + "，" + event.title() + (place == null ? "" : "在" + place) + "召开。"
                + "来自" + attendance.cities() + "个城市的" + attendance.delegates() + "名代表参加会议。";
    }

    static String body(EventView event, Attendance attendance, List<EventPhoto> photos) {
        StringBuilder html = new StringBuilder("<p>").append(escape(lead(event, attendance))).append("</p>");
        Set<String> items = new LinkedHashSet<>();
        event.sessions().stream().filter(s -> MAIN_ITEMS.contains(s.kind())).forEach(s -> items.add(s.title()));
        if (!items.isEmpty()) {
            html.append("<p>").append(escape("会议议程包括" + String.join("、", items) + "。")).append("</p>");
        }
        for (EventPhoto photo : photos) {
            String caption = escape(photo.caption());
            html.append("<figure><img src=\"").append(photo.url()).append("\" alt=\"").append(caption).append("\">")
                    .append("<figcaption>").append(caption).append("</figcaption></figure>");
        }
        return html.toString();
    }

    /** 2026年11月5日, 2026年11月5日至7日, 2026年10月31日至11月2日, 2026年12月30日至2027年1月1日. */
    static String dates(LocalDate first, LocalDate last) {
        String start = first.getYear() + "年" + first.getMonthValue() + "月" + first.getDayOfMonth() + "日";
        if (last.equals(first)) {
            return start;
        }
        String end = last.getDayOfMonth() + "日";
        if (last.getYear() != first.getYear()) {
            end = last.getYear() + "年" + last.getMonthValue() + "月" + end;
        } else if (last.getMonthValue() != first.getMonthValue()) {
            end = last.getMonthValue() + "月" + end;
        }
        return start + "至" + end;
    }

    /** The host city, else the first venue; null when neither is known. */
    private static String place(EventView event) {
        if (event.hostCityName() != null) {
            return event.hostCityName();
        }
        return event.venues().isEmpty() ? null : event.venues().get(0).name();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
