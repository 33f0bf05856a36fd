package org.citybridge.tasks.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.PageOf;
import org.citybridge.tasks.AssignmentView;
import org.citybridge.tasks.Board;
import org.citybridge.tasks.BoardCount;
import org.citybridge.tasks.BoardFilter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision board (督办): open, due-within-7-days and overdue assignments by province and by city, and the
 * assignments themselves with the oldest overdue first. A province coordinator sees its own province only.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoard {

    public static final int DUE_SOON_DAYS = 7;

    private static final String FIGURES = """
            count(*) FILTER (WHERE %1$s) AS open,
            count(*) FILTER (WHERE %2$s AND t.due_date >= :today AND t.due_date < :soon) AS due_soon,
            count(*) FILTER (WHERE %2$s AND t.due_date < :today) AS overdue
            """.formatted(TaskStore.OPEN, TaskStore.AWAITS_CITY);

    /** Overdue first, the longest overdue at the top; then the rest by due date. */
    private static final String ORDER = " ORDER BY (" + TaskStore.AWAITS_CITY + " AND t.due_date < :today) DESC, ("
            + TaskStore.OPEN + ") DESC, t.due_date, a.task_id, a.city_code";

    private final JdbcClient jdbc;
    private final TaskAccess access;
    private final MessageSource messages;
    private final Clock clock;

    SupervisionBoard(JdbcClient jdbc, TaskAccess access, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    public Board board(BoardFilter filter, int page, int size) {
        Where where = where(filter, access.requireBoard());
        BoardCount total = total(where);
        List<BoardCount> provinces = byProvince(where);
        List<BoardCount> cities = jdbc.sql("SELECT a.city_code AS code, min(a.city_name) AS name, " + FIGURES + FROM
                        + where.sql + " GROUP BY a.city_code ORDER BY overdue DESC, open DESC, a.city_code")
                .params(where.params).query(SupervisionBoard::count).list();
        long rows = jdbc.sql("SELECT count(*)" + FROM + where.sql).params(where.params).query(Long.class).single();
        List<AssignmentView> items = jdbc.sql("SELECT " + TaskStore.ASSIGNMENT_COLUMNS + where.sql + ORDER + " LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", size).param("offset", (long) page * size)
                .query(TaskStore::assignment).list();
        return new Board(total, provinces, cities, new PageOf<>(items, rows, page, size));
    }

    /** The board's figures by province, the most overdue first: for the dashboard's chart. */
    public List<BoardCount> byProvince(BoardFilter filter) {
        return byProvince(where(filter, access.requireBoard()));
    }

    private List<BoardCount> byProvince(Where where) {
        return jdbc.sql("SELECT a.province_code AS code, min(a.province_name) AS name, " + FIGURES + FROM
                        + where.sql + " GROUP BY a.province_code ORDER BY overdue DESC, open DESC, a.province_code")
                .params(where.params).query(SupervisionBoard::count).list();
    }

    /** The board's figures in one query, for the dashboard. */
    public BoardCount total(BoardFilter filter) {
        return total(where(filter, access.requireBoard()));
    }

    private BoardCount total(Where where) {
        return jdbc.sql("SELECT '' AS code, '' AS name, " + FIGURES + FROM + where.sql)
                .params(where.params).query(SupervisionBoard::count).single();
    }

    /** All board rows matching the filter, as they are exported. */
    public List<AssignmentView> rows(BoardFilter filter) {
        Where where = where(filter, access.requireBoard());
        return jdbc.sql("SELECT " + TaskStore.ASSIGNMENT_COLUMNS + where.sql + ORDER).params(where.params)
                .query(TaskStore::assignment).list();
    }

    /** The board rows as an xlsx workbook, headed in the caller's language. */
    public byte[] export(BoardFilter filter) {
        List<AssignmentView> rows = rows(filter);
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<String> header = Stream.of("task.export.taskId", "task.export.title", "task.export.priority", "task.export.dueDate",
                    "task.export.province", "task.export.cityCode", "task.export.city", "task.export.state",
                    "task.export.responsible", "task.export.overdueDays").map(key -> text(key, locale)).toList();
            Sheet sheet = Spreadsheets.sheetWithHeader(workbook, text("task.export.sheet", locale), header);
            int r = 1;
            for (AssignmentView a : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.taskId());
                row.createCell(1).setCellValue(a.title());
                row.createCell(2).setCellValue(text("task.priority." + a.priority().name(), locale));
                row.createCell(3).setCellValue(a.dueDate().toString());
                row.createCell(4).setCellValue(a.provinceName());
                row.createCell(5).setCellValue(a.cityCode());
                row.createCell(6).setCellValue(a.cityName());
                row.createCell(7).setCellValue(text("task.state." + a.state().name(), locale));
                row.createCell(8).setCellValue(a.responsiblePersonName() == null ? "" : a.responsiblePersonName());
                if (a.overdue()) {
                    row.createCell(9).setCellValue(a.overdueDays(today));
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 14 * 256);
            }
            return Spreadsheets.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String FROM = " FROM task_assignment a JOIN task t ON t.id = a.task_id";

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(BoardFilter filter, Actor actor) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        params.put("today", today);
        params.put("soon", today.plusDays(DUE_SOON_DAYS + 1L));
        CityScope.SqlCondition scope = actor.scope().where("a.city_code", "a.province_code");
        conditions.add(scope.sql());
        params.putAll(scope.params());
        if (filter.province() != null && !filter.province().isBlank()) {
            conditions.add("a.province_code = :province");
            params.put("province", filter.province().strip());
        }
        if (filter.status() != null) {
            conditions.add("a.state = :state");
            params.put("state", filter.status().name());
        }
        if (filter.priority() != null) {
            conditions.add("t.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.overdue()) {
            conditions.add(TaskStore.AWAITS_CITY + " AND t.due_date < :today");
        }
        return new Where(" WHERE " + String.join(" AND ", conditions), params);
    }

    private static BoardCount count(ResultSet rs, int row) throws SQLException {
        return new BoardCount(rs.getString("code"), rs.getString("name"), rs.getLong("open"), rs.getLong("due_soon"),
                rs.getLong("overdue"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
