package org.citybridge.circulars.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.citybridge.accounts.UserNames;
import org.citybridge.circulars.domain.Delegate;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.Tracking;
import org.citybridge.circulars.domain.TrackingRow;
import org.citybridge.platform.Dates;
import org.citybridge.platform.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The tracking table as a spreadsheet: one row per city with its answers, or one row per delegate. */
@Component
class TrackingWorkbook {

    private final MessageSource messages;
    private final Dates dates;
    private final UserNames userNames;

    TrackingWorkbook(MessageSource messages, Dates dates, UserNames userNames) {
        this.messages = messages;
        this.dates = dates;
        this.userNames = userNames;
    }

    byte[] perCity(Tracking tracking) {
        List<ReceiptField> fields = fields(tracking);
        List<String> header = new ArrayList<>(common());
        header.addAll(List.of(text("tracking.readBy"), text("tracking.readAt"), text("tracking.repliedBy")));
        fields.forEach(f -> header.add(f.label()));
        List<String> people = new ArrayList<>(tracking.rows().stream().map(TrackingRow::readBy).toList());
        people.addAll(tracking.rows().stream().map(TrackingRow::repliedBy).toList());
        Map<String, String> names = userNames.ofAll(people);
        List<List<String>> rows = new ArrayList<>();
        for (TrackingRow row : tracking.rows()) {
            List<String> cells = new ArrayList<>(commonCells(row));
            cells.addAll(List.of(names.get(row.readBy()), dates.format(row.readAt()), names.get(row.repliedBy())));
            fields.forEach(f -> cells.add(row.answers().display(f)));
            rows.add(cells);
        }
        return write(text("tracking.sheet.cities"), header, rows);
    }

    byte[] perDelegate(Tracking tracking) {
        List<ReceiptField> fields = fields(tracking);
        List<ReceiptField> groups = fields.stream().filter(f -> f.type() == FieldType.DELEGATES).toList();
        List<ReceiptField> others = fields.stream().filter(f -> f.type() != FieldType.DELEGATES).toList();
        List<String> header = new ArrayList<>(common());
        header.addAll(List.of(text("receipt.delegate.name"), text("receipt.delegate.post"), text("receipt.delegate.phone")));
        others.forEach(f -> header.add(f.label()));
        List<List<String>> rows = new ArrayList<>();
        for (TrackingRow row : tracking.rows()) {
            for (ReceiptField group : groups) {
                for (Delegate delegate : row.answers().delegates(group.key())) {
                    List<String> cells = new ArrayList<>(commonCells(row));
                    cells.addAll(List.of(nonNull(delegate.name()), nonNull(delegate.post()), nonNull(delegate.phone())));
                    others.forEach(f -> cells.add(row.answers().display(f)));
                    rows.add(cells);
                }
            }
        }
        return write(text("tracking.sheet.delegates"), header, rows);
    }

    private List<String> common() {
        return List.of(text("city.province"), text("city.code"), text("city.name"), text("tracking.status"),
                text("tracking.repliedAt"));
    }

    private List<String> commonCells(TrackingRow row) {
        return List.of(row.provinceName(), row.cityCode(), row.cityName(), text("delivery.status." + row.status()),
                dates.format(row.repliedAt()));
    }

    private static List<ReceiptField> fields(Tracking tracking) {
        ReceiptForm form = tracking.circular().receiptForm();
        return form == null ? List.of() : form.fields();
    }

    private static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = Spreadsheets.sheetWithHeader(book, sheetName, header);
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            return Spreadsheets.bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
