package org.citybridge.evaluation.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrative sections of a year's work report and the items of next year's plan, written by the secretariat only.
 * A year without sections of its own shows the default ones (一、年度工作概况 … 四、下一年度工作计划) until the
 * secretariat starts writing, which stores them; a plan item turned into a task or an event no longer changes.
 */
@Service
@Transactional
public class WorkReports {

    public static final int DEFAULT_SECTIONS = 4;
    public static final int MAX_SECTION_TITLE = 100;
    public static final int MAX_SECTION_BODY = 100_000;
    public static final int MAX_ITEM_TITLE = 200;
    public static final int MAX_ITEM_DESCRIPTION = 2000;

    static final String UNKNOWN_YEAR = "evaluation.error.unknownYear";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    WorkReports(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** A year a report may be written for; unknown (404) otherwise. */
    static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException(UNKNOWN_YEAR, year);
        }
    }

    /** The year's sections in order: its own, or the default ones (without ids) while it has none. */
    @Transactional(readOnly = true)
    public List<ReportSection> sections(int year, Locale locale) {
        Actors.requireSecretariat();
        requireYear(year);
        List<ReportSection> own = jdbc.sql("SELECT id, position, title, body_html FROM work_report_section WHERE year = :year ORDER BY position, id")
                .param("year", year).query(ReportSection.class).list();
        return own.isEmpty() ? defaults(locale) : own;
    }

    /** Stores the default sections, to be written in; nothing when the year has sections already. */
    public void start(int year, Locale locale) {
        Actor actor = Actors.requireSecretariat();
        requireYear(year);
        if (count("work_report_section", year) > 0) {
            return;
        }
        for (ReportSection section : defaults(locale)) {
            insertSection(year, section.position(), section.title(), "", actor);
        }
    }

    public long addSection(int year, String title, String bodyHtml) {
        Actor actor = Actors.requireSecretariat();
        requireYear(year);
        String body = checkSection(title, bodyHtml);
        return insertSection(year, nextPosition("work_report_section", year), title.strip(), body, actor);
    }

    public void updateSection(int year, long id, String title, String bodyHtml) {
        Actor actor = Actors.requireSecretariat();
        String body = checkSection(title, bodyHtml);
        int changed = jdbc.sql("""
                        UPDATE work_report_section SET title = :title, body_html = :body, updated_by = :by, updated_at = :at
                        WHERE id = :id AND year = :year""")
                .param("title", title.strip()).param("body", body).param("by", actor.username()).param("at", now())
                .param("id", id).param("year", year).update();
        requireFound(changed, "evaluation.report.error.unknownSection", id);
    }

    public void deleteSection(int year, long id) {
        Actors.requireSecretariat();
        int deleted = jdbc.sql("DELETE FROM work_report_section WHERE id = :id AND year = :year").param("id", id)
                .param("year", year).update();
        requireFound(deleted, "evaluation.report.error.unknownSection", id);
    }

    /** Moves a section one place up (-1) or down (+1); nothing at either end. */
    public void moveSection(int year, long id, int step) {
        Actors.requireSecretariat();
        move("work_report_section", year, id, step, "evaluation.report.error.unknownSection");
    }

    @Transactional(readOnly = true)
    public List<PlanItem> plan(int year) {
        Actors.requireSecretariat();
        requireYear(year);
        return items(year);
    }

    /** The plan's items without access check, for the documents, which check it. */
    List<PlanItem> items(int year) {
        return jdbc.sql("""
                        SELECT id, year, position, title, description, kind, target_month, task_draft_id, event_id
                        FROM work_report_plan_item WHERE year = :year ORDER BY position, id""")
                .param("year", year).query((rs, n) -> new PlanItem(rs.getLong("id"), rs.getInt("year"), rs.getInt("position"),
                        rs.getString("title"), rs.getString("description"), PlanItemKind.valueOf(rs.getString("kind")),
                        rs.getInt("target_month"), rs.getObject("task_draft_id", Long.class), rs.getObject("event_id", Long.class)))
                .list();
    }

    public long addItem(int year, PlanItemInput input) {
        Actor actor = Actors.requireSecretariat();
        requireYear(year);
        checkItem(input);
        return jdbc.sql("""
                        INSERT INTO work_report_plan_item (year, position, title, description, kind, target_month, updated_by, updated_at)
                        VALUES (:year, :position, :title, :description, :kind, :month, :by, :at) RETURNING id""")
                .param("year", year).param("position", nextPosition("work_report_plan_item", year))
                .param("title", input.title().strip()).param("description", description(input))
                .param("kind", input.kind().name()).param("month", input.targetMonth()).param("by", actor.username())
                .param("at", now()).query(Long.class).single();
    }

    public void updateItem(int year, long id, PlanItemInput input) {
        Actor actor = Actors.requireSecretariat();
        checkItem(input);
        requireNotTurned(lockItem(year, id));
        jdbc.sql("""
                        UPDATE work_report_plan_item SET title = :title, description = :description, kind = :kind,
                               target_month = :month, updated_by = :by, updated_at = :at WHERE id = :id""")
                .param("title", input.title().strip()).param("description", description(input)).param("kind", input.kind().name())
                .param("month", input.targetMonth()).param("by", actor.username()).param("at", now()).param("id", id).update();
    }

    public void deleteItem(int year, long id) {
        Actors.requireSecretariat();
        requireNotTurned(lockItem(year, id));
        jdbc.sql("DELETE FROM work_report_plan_item WHERE id = :id").param("id", id).update();
    }

    public void moveItem(int year, long id, int step) {
        Actors.requireSecretariat();
        move("work_report_plan_item", year, id, step, "evaluation.report.error.unknownItem");
    }

    /** The item locked for a change; unknown (404) if the year has no such item. */
    PlanItem lockItem(int year, long id) {
        jdbc.sql("SELECT id FROM work_report_plan_item WHERE id = :id AND year = :year FOR UPDATE").param("id", id)
                .param("year", year).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("evaluation.report.error.unknownItem", id));
        return items(year).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    static void requireNotTurned(PlanItem item) {
        if (item.turned()) {
            throw new RuleViolation(null, "evaluation.report.error.turned", item.title());
        }
    }

    /** Records what a locked, not yet turned item became. */
    void turned(PlanItem item, Long taskDraftId, Long eventId) {
        Actor actor = Actors.requireSecretariat();
        jdbc.sql("UPDATE work_report_plan_item SET task_draft_id = :draft, event_id = :event, turned_by = :by, turned_at = :at WHERE id = :id")
                .param("draft", taskDraftId).param("event", eventId).param("by", actor.username()).param("at", now())
                .param("id", item.id()).update();
    }

    /** The default sections' titles in the language of the one who starts the report (Chinese for the association). */
    private List<ReportSection> defaults(Locale locale) {
        return IntStream.rangeClosed(1, DEFAULT_SECTIONS).mapToObj(n -> new ReportSection(null, n,
                messages.getMessage("evaluation.report.section.default." + n, null, locale), "")).toList();
    }

    private long insertSection(int year, int position, String title, String body, Actor actor) {
        return jdbc.sql("""
                        INSERT INTO work_report_section (year, position, title, body_html, updated_by, updated_at)
                        VALUES (:year, :position, :title, :body, :by, :at) RETURNING id""")
                .param("year", year).param("position", position).param("title", title).param("body", body)
                .param("by", actor.username()).param("at", now()).query(Long.class).single();
    }

    private static String checkSection(String title, String bodyHtml) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (title.strip().length() > MAX_SECTION_TITLE) {
            throw new RuleViolation("title", "validation.tooLongAt", MAX_SECTION_TITLE);
        }
        if (bodyHtml != null && bodyHtml.length() > MAX_SECTION_BODY) {
            throw new RuleViolation("bodyHtml", "validation.tooLongAt", MAX_SECTION_BODY);
        }
        return RichText.sanitize(bodyHtml);
    }

    private static void checkItem(PlanItemInput input) {
        if (input.title() == null || input.title().isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        if (input.title().strip().length() > MAX_ITEM_TITLE) {
            throw new RuleViolation("title", "validation.tooLongAt", MAX_ITEM_TITLE);
        }
        if (description(input).length() > MAX_ITEM_DESCRIPTION) {
            throw new RuleViolation("description", "validation.tooLongAt", MAX_ITEM_DESCRIPTION);
        }
        if (input.kind() == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (input.targetMonth() == null || input.targetMonth() < 1 || input.targetMonth() > 12) {
            throw new RuleViolation("targetMonth", "evaluation.report.error.month");
        }
    }

    private static String description(PlanItemInput input) {
        return input.description() == null ? "" : input.description().strip();
    }

    private void move(String table, int year, long id, int step, String unknownKey) {
        List<Long> order = jdbc.sql("SELECT id FROM " + table + " WHERE year = :year ORDER BY position, id FOR UPDATE")
                .param("year", year).query(Long.class).list();
        int at = order.indexOf(id);
        requireFound(at < 0 ? 0 : 1, unknownKey, id);
        int to = at + Integer.signum(step);
        if (to < 0 || to >= order.size()) {
            return;
        }
        List<Long> moved = new ArrayList<>(order);
        moved.set(at, order.get(to));
        moved.set(to, id);
        for (int i = 0; i < moved.size(); i++) {
            jdbc.sql("UPDATE " + table + " SET position = :position WHERE id = :id").param("position", i + 1)
                    .param("id", moved.get(i)).update();
        }
    }

    private int nextPosition(String table, int year) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM " + table + " WHERE year = :year").param("year", year)
                .query(Integer.class).single();
    }

    private long count(String table, int year) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE year = :year").param("year", year).query(Long.class).single();
    }

    private static void requireFound(int rows, String key, long id) {
        if (rows == 0) {
            throw new NotFoundException(key, id);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
