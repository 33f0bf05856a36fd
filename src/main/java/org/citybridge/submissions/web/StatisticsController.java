package org.citybridge.submissions.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.platform.Dates;
import org.citybridge.platform.Spreadsheets;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.AdoptionReport;
import org.citybridge.submissions.CityFigures;
import org.citybridge.submissions.ProvinceFigures;
import org.citybridge.submissions.domain.SubmissionFigures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Adoption figures per city and province for a period (this year so far unless chosen), and their xlsx export. */
@Controller
@RequestMapping("/admin/submissions/stats")
class StatisticsController {

    private final SubmissionFigures figures;
    private final MessageSource messages;
    private final Dates dates;

    StatisticsController(SubmissionFigures figures, MessageSource messages, Dates dates) {
        this.figures = figures;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping
    String stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate start = startOf(from);
        LocalDate end = endOf(to);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("report", figures.report(start, end));
        } catch (RuleViolation violation) {
            model.addAttribute("periodError", text(violation.messageKey(), violation.args()));
        }
        return "submissions/stats";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = startOf(from);
        LocalDate end = endOf(to);
        AdoptionReport report;
        try {
            report = figures.report(start, end);
        } catch (RuleViolation violation) {
            // the figures page says what is wrong with the period, in the user's language
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath("/admin/submissions/stats")
                    .queryParam("from", start).queryParam("to", end).build().toUri()).build();
        }
        return Spreadsheets.download(text("submission.stats.fileName", start, end), workbook(report));
    }

    /** The period defaults to this year so far. */
    private LocalDate startOf(LocalDate from) {
        return from == null ? dates.today().withDayOfYear(1) : from;
    }

    private LocalDate endOf(LocalDate to) {
        return to == null ? dates.today() : to;
    }

    private byte[] workbook(AdoptionReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet cities = Spreadsheets.sheetWithHeader(book, text("submission.stats.byCity"), List.of(text("submission.province"), text("submission.city"), text("submission.stats.submitted"),
                    text("submission.stats.adopted"), text("submission.stats.published"), text("submission.stats.rate")));
            int r = 1;
            for (CityFigures c : report.cities()) {
                Row row = cities.createRow(r++);
                row.createCell(0).setCellValue(c.provinceName());
                row.createCell(1).setCellValue(c.cityName());
                numbers(row, 2, c.submitted(), c.adopted(), c.published(), c.adoptionRate());
            }
            Sheet provinces = Spreadsheets.sheetWithHeader(book, text("submission.stats.byProvince"), List.of(text("submission.province"), text("submission.stats.cities"), text("submission.stats.submitted"),
                    text("submission.stats.adopted"), text("submission.stats.published"), text("submission.stats.rate")));
            r = 1;
            for (ProvinceFigures p : report.provinces()) {
                Row row = provinces.createRow(r++);
                row.createCell(0).setCellValue(p.provinceName());
                row.createCell(1).setCellValue(p.cities());
                numbers(row, 2, p.submitted(), p.adopted(), p.published(), p.adoptionRate());
            }
            ProvinceFigures total = report.total();
            Row row = provinces.createRow(r);
            row.createCell(0).setCellValue(text("submission.stats.total"));
            row.createCell(1).setCellValue(total.cities());
            numbers(row, 2, total.submitted(), total.adopted(), total.published(), total.adoptionRate());
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            for (Sheet sheet : List.of(cities, provinces)) {
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    sheet.getRow(i).getCell(5).setCellStyle(percent);
                }
                for (int c = 0; c < 6; c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            return Spreadsheets.bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(Row row, int first, long submitted, long adopted, long published, double rate) {
        row.createCell(first).setCellValue(submitted);
        row.createCell(first + 1).setCellValue(adopted);
        row.createCell(first + 2).setCellValue(published);
        row.createCell(first + 3).setCellValue(rate);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
