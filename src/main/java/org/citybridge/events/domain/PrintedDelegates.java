package org.citybridge.events.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registered delegates of an event as the printed documents list them: by province and city (their codes, the
 * order of GB/T 2260 that official lists follow), then by name in pinyin order, then as entered. Reads only.
 */
@Repository
class PrintedDelegates {

    /** One delegate as printed. */
    record Printed(long id, String name, String post, String unit, DelegateRole role, String cityCode, String cityName,
                   String provinceCode) {

        /** The unit and the post on one line, as a badge prints them, e.g. {@code 成都市人民政府办公厅 副主任}. */
        String unitAndPost() {
            return (unit + " " + post).strip();
        }
    }

    private final JdbcClient jdbc;

    PrintedDelegates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event's registered delegates, of one city or (null) of all. */
    List<Printed> registered(long eventId, String cityCode) {
        List<Printed> delegates = jdbc.sql("""
                        SELECT d.id, d.name, d.post, d.unit, d.role, g.city_code, g.city_name, g.province_code
                        FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                        WHERE d.event_id = :event AND d.state = :registered %s""".formatted(cityCode == null ? "" : "AND g.city_code = :city"))
                .param("event", eventId).param("registered", DelegateState.REGISTERED.name())
                .params(cityCode == null ? Map.of() : Map.of("city", cityCode))
                .query((rs, n) -> new Printed(rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("unit"),
                        DelegateRole.valueOf(rs.getString("role")), rs.getString("city_code"), rs.getString("city_name"),
                        rs.getString("province_code")))
                .list();
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return delegates.stream().sorted(Comparator.comparing(Printed::provinceCode).thenComparing(Printed::cityCode)
                .thenComparing(Printed::name, pinyin).thenComparingLong(Printed::id)).toList();
    }

    /** The cities with registered delegates, in the documents' order, each with how many. */
    List<PrintedCity> cities(long eventId) {
        return jdbc.sql("""
                        SELECT g.city_code AS code, g.city_name AS name, count(*) AS delegates
                        FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                        WHERE d.event_id = :event AND d.state = :registered
                        GROUP BY g.province_code, g.city_code, g.city_name ORDER BY g.province_code, g.city_code""")
                .param("event", eventId).param("registered", DelegateState.REGISTERED.name())
                .query(PrintedCity.class).list();
    }
}
