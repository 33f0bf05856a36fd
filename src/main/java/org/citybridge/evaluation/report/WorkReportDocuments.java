package org.citybridge.evaluation.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.evaluation.report.FigureTables.Texts;
import org.citybridge.evaluation.report.WorkReportContent.Chart;
import org.citybridge.evaluation.report.WorkReportContent.Section;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's work report as a Word document (.docx, for the secretariat to edit in WPS or Word) and as PDF, both of
 * the same content: for the secretariat only.
 */
@Service
@Transactional(readOnly = true)
public class WorkReportDocuments {

    private final WorkReportFigures figures;
    private final WorkReports reports;
    private final FigureTables tables;
    private final MessageSource messages;

    WorkReportDocuments(WorkReportFigures figures, WorkReports reports, FigureTables tables, MessageSource messages) {
        this.figures = figures;
        this.reports = reports;
        this.tables = tables;
        this.messages = messages;
    }

    public void docx(int year, Locale locale, OutputStream out) {
        WorkReportDocx.write(content(year, locale), out);
    }

    public void pdf(int year, Locale locale, OutputStream out) {
        WorkReportPdf.write(content(year, locale), out);
    }

    /** The file name the documents are downloaded as, without its extension. */
    public String fileName(int year, Locale locale) {
        return new Texts(messages, locale).text("title", String.valueOf(year));
    }

    WorkReportContent content(int year, Locale locale) {
        YearFigures counted = figures.figures(year);
        Texts t = new Texts(messages, locale);
        List<Section> sections = reports.sections(year, locale).stream()
                .map(s -> new Section(s.title(), RichBlocks.of(s.bodyHtml()))).toList();
        List<List<String>> items = new ArrayList<>();
        int number = 0;
        for (PlanItem item : reports.plan(year)) {
            items.add(List.of(String.valueOf(++number), item.title(), item.description(), t.text("plan.kind." + item.kind()),
                    t.text("plan.month", String.valueOf(item.planYear()), item.targetMonth())));
        }
        ReportTable plan = new ReportTable(t.text("plan.heading", String.valueOf(year + 1)), List.of(t.text("plan.number"),
                t.text("plan.title"), t.text("plan.description"), t.text("plan.kind"), t.text("plan.targetMonth")), items, false);
        List<ReceiptRateChart.Bar> bars = ReceiptRateChart.bars(counted);
        Chart chart = new Chart(t.text("chart.receiptRate", String.valueOf(year)), ReceiptRateChart.png(bars), ReceiptRateChart.WIDTH_POINTS,
                ReceiptRateChart.heightPoints(bars.size()));
        return new WorkReportContent(t.text("title", String.valueOf(year)), t.text("subtitle"), t.text("asOf", counted.asOf().toString()),
                sections, t.text("plan.heading", String.valueOf(year + 1)), plan, t.text("figures.heading", String.valueOf(year)), tables.tables(counted, locale),
                chart);
    }
}
