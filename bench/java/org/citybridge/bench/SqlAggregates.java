package org.citybridge.bench;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline of the evaluation benchmark: a year's per-city figures as plain SQL would count them, one GROUP BY over
 * each source module's tables (which a benchmark may name; application code may not), with the counting rules of
 * the evaluation's indicators (withdrawn circulars and cancelled tasks left out, READ_WITHIN_DAYS at its default 3).
 */
final class SqlAggregates {

    static final String[] FIGURES = {"receipts on time", "receipts expected", "read within 3 days", "tasks completed",
            "tasks expected", "tasks on time", "reports submitted", "reports adopted", "reports published",
            "conference checked in", "roster confirmations"};

    private static final String YEAR_START = "make_timestamptz(?, 1, 1, 0, 0, 0, 'Asia/Shanghai')";
    private static final String YEAR_END = "make_timestamptz(? + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')";

    private SqlAggregates() {
    }

    /** City code → the {@link #FIGURES}, in that order. */
    static Map<String, long[]> perCity(JdbcTemplate jdbc, int year) {
        Map<String, long[]> cities = new HashMap<>();
        jdbc.query("""
                SELECT d.city_code,
                       count(*) FILTER (WHERE c.withdrawn_at IS NULL AND (c.receipt_form IS NOT NULL OR c.reply_link IS NOT NULL)
                                        AND d.replied_at IS NOT NULL AND (c.deadline IS NULL OR d.replied_at <= c.deadline)) AS on_time,
                       count(*) FILTER (WHERE c.withdrawn_at IS NULL AND (c.receipt_form IS NOT NULL OR c.reply_link IS NOT NULL)) AS expected,
                       count(*) FILTER (WHERE c.withdrawn_at IS NULL AND d.read_at <= c.issued_at + interval '3 days') AS read
                FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                WHERE c.status IN ('ISSUED', 'WITHDRAWN') AND c.issued_at >= %s AND c.issued_at < %s
                GROUP BY d.city_code""".formatted(YEAR_START, YEAR_END), rs -> {
            long[] f = figures(cities, rs.getString(1));
            f[0] = rs.getLong("on_time");
            f[1] = rs.getLong("expected");
            f[2] = rs.getLong("read");
        }, year, year);
        jdbc.query("""
                SELECT a.city_code,
                       count(*) FILTER (WHERE a.state = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE a.state <> 'CANCELLED') AS expected,
                       count(*) FILTER (WHERE a.state = 'COMPLETED' AND (done.at AT TIME ZONE 'Asia/Shanghai')::date <= t.due_date) AS on_time
                FROM task_assignment a JOIN task t ON t.id = a.task_id
                     LEFT JOIN (SELECT assignment_id, max(at) AS at FROM task_transition WHERE to_state = 'COMPLETED'
                                GROUP BY assignment_id) done ON done.assignment_id = a.id
                WHERE t.created_at >= %s AND t.created_at < %s
                GROUP BY a.city_code""".formatted(YEAR_START, YEAR_END), rs -> {
            long[] f = figures(cities, rs.getString(1));
            f[3] = rs.getLong("completed");
            f[4] = rs.getLong("expected");
            f[5] = rs.getLong("on_time");
        }, year, year);
        jdbc.query("""
                SELECT s.city_code, count(*) AS submitted, count(*) FILTER (WHERE s.status = 'ADOPTED') AS adopted,
                       count(a.id) FILTER (WHERE a.status = 'PUBLISHED' AND a.publish_at <= now()
                                          AND (a.expire_at IS NULL OR a.expire_at > now())) AS published
                FROM submission s LEFT JOIN article a ON a.id = s.article_id
                WHERE s.first_submitted_at >= %s AND s.first_submitted_at < %s
                GROUP BY s.city_code""".formatted(YEAR_START, YEAR_END), rs -> {
            long[] f = figures(cities, rs.getString(1));
            f[6] = rs.getLong("submitted");
            f[7] = rs.getLong("adopted");
            f[8] = rs.getLong("published");
        }, year, year);
        jdbc.query("""
                SELECT g.city_code, count(DISTINCT e.id) AS attended
                FROM event e JOIN event_delegation g ON g.event_id = e.id JOIN event_delegate d ON d.delegation_id = g.id
                     JOIN event_check_in c ON c.delegate_id = d.id AND c.session_id IS NULL
                WHERE e.kind = 'ANNUAL_CONFERENCE' AND e.status = 'HELD' AND e.starts_on >= make_date(?, 1, 1)
                  AND e.starts_on < make_date(? + 1, 1, 1)
                GROUP BY g.city_code""", rs -> {
            figures(cities, rs.getString(1))[9] = rs.getLong("attended");
        }, year, year);
        jdbc.query("""
                SELECT city_code, count(*) AS confirmed FROM roster_confirmation
                WHERE confirmed_at >= %s AND confirmed_at < %s GROUP BY city_code""".formatted(YEAR_START, YEAR_END), rs -> {
            figures(cities, rs.getString(1))[10] = rs.getLong("confirmed");
        }, year, year);
        return cities;
    }

    private static long[] figures(Map<String, long[]> cities, String city) {
        return cities.computeIfAbsent(city, k -> new long[FIGURES.length]);
    }
}
