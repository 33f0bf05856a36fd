package org.citybridge.evaluation.report;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.citybridge.events.EventDrafts;
import org.citybridge.tasks.TaskDrafts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns an item of next year's plan, in one step, into what its kind says: a task draft due on the last day of its
 * month (the secretariat then chooses the cities and assigns it), or an event draft on the first day of its month
 * (the secretariat then completes it). The item links to what it became and no longer changes.
 */
@Service
@Transactional
public class PlanTurning {

    private final WorkReports reports;
    private final TaskDrafts tasks;
    private final EventDrafts events;
    private final MessageSource messages;

    PlanTurning(WorkReports reports, TaskDrafts tasks, EventDrafts events, MessageSource messages) {
        this.reports = reports;
        this.tasks = tasks;
        this.events = events;
        this.messages = messages;
    }

    /**
     * @param locale    the language of the note the event draft carries
     * @param eventKind for an EVENT item, the event's kind ({@link EventDrafts#kinds()}); ignored for a TASK item
     * @return the updated item
     */
    public PlanItem turn(int year, long itemId, String eventKind, Locale locale) {
        PlanItem item = reports.lockItem(year, itemId);
        WorkReports.requireNotTurned(item);
        YearMonth month = YearMonth.of(item.planYear(), item.targetMonth());
        switch (item.kind()) {
            case TASK -> reports.turned(item, tasks.draft(item.title(), paragraphs(item.description()), month.atEndOfMonth()), null);
            case EVENT -> reports.turned(item, null, events.draft(eventKind, item.title(), month.atDay(1), eventNotes(item, locale)));
        }
        return reports.lockItem(year, itemId);
    }

    private String eventNotes(PlanItem item, Locale locale) {
        String origin = messages.getMessage("evaluation.report.plan.eventNotes", new Object[]{String.valueOf(item.year())},
                locale);
        return item.description().isBlank() ? origin : origin + "\n" + item.description();
    }

    /** Plain text lines as the paragraphs of a rich text. */
    private static String paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank())
                .map(line -> "<p>" + HtmlUtils.htmlEscape(line.strip()) + "</p>").collect(Collectors.joining());
    }
}
