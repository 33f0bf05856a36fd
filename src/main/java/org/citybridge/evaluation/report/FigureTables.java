package org.citybridge.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The year's figures laid out as the work report's tables, in the reader's language: the nationwide summary, one table
 * per subject by province with the nationwide total as its last row, and the events held.
 */
@Component
class FigureTables {

    private final MessageSource messages;

    FigureTables(MessageSource messages) {
        this.messages = messages;
    }

    List<ReportTable> tables(YearFigures figures, Locale locale) {
        Texts t = new Texts(messages, locale);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(summary(figures, t));
        tables.add(byProvince(figures, t, "roster", List.of("members", "covered", "coverageRate", "handovers"),
                x -> List.of(n(x.memberCities()), n(x.coveredCities()), x.coverageRate(), n(x.handovers()))));
        tables.add(byProvince(figures, t, "circulars", List.of("circulars", "expectingReply", "replied", "receiptRate", "onTimeRate"),
                x -> List.of(n(x.circulars()), n(x.expectingReply()), n(x.replied()), x.receiptRate(), x.onTimeRate())));
        tables.add(byProvince(figures, t, "tasks", List.of("assignments", "completed", "overdue", "completionRate"),
                x -> List.of(n(x.assignments()), n(x.completed()), n(x.overdue()), x.completionRate())));
        tables.add(byProvince(figures, t, "reports", List.of("submitted", "adopted", "published", "hits", "adoptionRate"),
                x -> List.of(n(x.reportsSubmitted()), n(x.reportsAdopted()), n(x.reportsPublished()), n(x.hits()), x.adoptionRate())));
        List<String> attendance = new ArrayList<>(List.of("events", "citiesPresent", "delegatesPresent"));
        if (figures.commendationsRecorded()) {
            attendance.add("commended");
        }
        tables.add(byProvince(figures, t, "attendance", attendance, x -> {
            List<String> row = new ArrayList<>(List.of(n(x.events()), n(x.citiesPresent()), n(x.delegatesPresent())));
            if (x.commended() != null) {
                row.add(n(x.commended()));
            }
            return row;
        }));
        tables.add(events(figures, t));
        return tables;
    }

    private static ReportTable summary(YearFigures figures, Texts t) {
        Tally x = figures.nationwide();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.text("figure.members"), n(x.memberCities())));
        rows.add(List.of(t.text("figure.covered"), t.text("figure.countAndRate", n(x.coveredCities()), x.coverageRate())));
        rows.add(List.of(t.text("figure.handovers"), n(x.handovers())));
        rows.add(List.of(t.text("figure.circulars"), n(x.circulars())));
        rows.add(List.of(t.text("figure.receiptRate"), t.text("figure.ofExpected", n(x.replied()), n(x.expectingReply()), x.receiptRate())));
        rows.add(List.of(t.text("figure.onTimeRate"), x.onTimeRate()));
        rows.add(List.of(t.text("figure.tasks"), t.text("figure.tasksAndAssignments", n(x.tasks()), n(x.assignments()))));
        rows.add(List.of(t.text("figure.completed"), t.text("figure.countAndRate", n(x.completed()), x.completionRate())));
        rows.add(List.of(t.text("figure.overdue"), n(x.overdue())));
        rows.add(List.of(t.text("figure.submitted"), n(x.reportsSubmitted())));
        rows.add(List.of(t.text("figure.adopted"), t.text("figure.countAndRate", n(x.reportsAdopted()), x.adoptionRate())));
        rows.add(List.of(t.text("figure.published"), n(x.reportsPublished())));
        rows.add(List.of(t.text("figure.hits"), n(x.hits())));
        rows.add(List.of(t.text("figure.events"), n(x.events())));
        rows.add(List.of(t.text("figure.attendance"), t.text("figure.citiesAndDelegates", n(x.citiesPresent()), n(x.delegatesPresent()))));
        rows.add(List.of(t.text("figure.commended"), x.commended() == null ? t.text("figure.commendedNotRecorded") : n(x.commended())));
        return new ReportTable(t.text("table.summary"), List.of(t.text("figure.item"), t.text("figure.value")), rows, false);
    }

    private static ReportTable byProvince(YearFigures figures, Texts t, String subject, List<String> columns,
                                          Function<Tally, List<String>> cells) {
        List<String> header = new ArrayList<>();
        header.add(t.text("figure.province"));
        columns.forEach(c -> header.add(t.text("column." + c)));
        List<List<String>> rows = new ArrayList<>();
        for (ProvinceTally province : figures.provinces()) {
            rows.add(row(province.name(), cells.apply(province.tally())));
        }
        rows.add(row(t.text("figure.nationwide"), cells.apply(figures.nationwide())));
        return new ReportTable(t.text("table." + subject), header, rows, true);
    }

    private static ReportTable events(YearFigures figures, Texts t) {
        List<List<String>> rows = new ArrayList<>();
        for (EventLine line : figures.events()) {
            String days = line.event().startsOn().equals(line.event().endsOn()) ? line.event().startsOn().toString()
                    : line.event().startsOn() + " – " + line.event().endsOn();
            rows.add(List.of(line.event().title(), t.text("kind." + line.event().kind()), days, n(line.citiesPresent()),
                    n(line.delegatesPresent())));
        }
        return new ReportTable(t.text("table.events"), List.of(t.text("column.event"), t.text("column.kind"),
                t.text("column.days"), t.text("column.citiesPresent"), t.text("column.delegatesPresent")), rows, false);
    }

    private static List<String> row(String first, List<String> rest) {
        List<String> row = new ArrayList<>();
        row.add(first);
        row.addAll(rest);
        return row;
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    /** The report's texts, {@code evaluation.report.<key>}, in one language. */
    record Texts(MessageSource messages, Locale locale) {

        String text(String key, Object... args) {
            return messages.getMessage("evaluation.report." + key, args, locale);
        }
    }
}
