package org.citybridge.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.citybridge.directory.TypedText;
import org.citybridge.shared.RuleViolation;

/**
 * The visible sheets of an uploaded roster (.xlsx, Excel 97 .xls, CSV in UTF-8 or GBK, or a web page of tables saved as
 * ".xls" by an OA system) as tidied texts, refusing anything else. A merged cell's text stands in every cell it covers,
 * so a city merged down over its liaisons' rows is read on each of them.
 */
final class UploadedSheets {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The largest spreadsheet taken, as stated next to the file fields. */
    public static long maxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    private UploadedSheets() {
    }

    static List<SheetGrid> read(byte[] file) {
        if (file != null && file.length > MAX_BYTES) {
            throw new RuleViolation("file", "import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (file == null || file.length == 0) {
            throw notASpreadsheet();
        }
        return switch (SpreadsheetFormat.of(file)) {
            case XLSX, XLS -> workbook(file);
            case CSV -> csv(file);
            case HTML -> html(file);
            case DOCUMENT -> throw notASpreadsheet();
        };
    }

    private static List<SheetGrid> csv(byte[] file) {
        String text = TextDecoding.decode(file).orElseThrow(UploadedSheets::notASpreadsheet);
        List<GridRow> rows = new ArrayList<>();
        List<List<String>> lines = CsvRows.parse(text);
        for (int index = 0; index < lines.size(); index++) {
            GridRow row = new GridRow(index + 1, lines.get(index).stream().map(TypedText::tidy).toList());
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return List.of(new SheetGrid("CSV", rows));
    }

    private static List<SheetGrid> html(byte[] file) {
        String text = TextDecoding.decode(file).orElseThrow(UploadedSheets::notASpreadsheet);
        List<SheetGrid> sheets = HtmlTables.read(text);
        if (sheets.isEmpty()) {
            throw notASpreadsheet();
        }
        return sheets;
    }

    private static List<SheetGrid> workbook(byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                if (!workbook.isSheetHidden(index) && !workbook.isSheetVeryHidden(index)) {
                    sheets.add(grid(workbook.getSheetAt(index)));
                }
            }
            return sheets;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw notASpreadsheet();
        }
    }

    private static SheetGrid grid(Sheet sheet) {
        List<List<String>> texts = new ArrayList<>();
        for (int index = 0; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            List<String> cells = new ArrayList<>();
            for (int cell = 0; row != null && cell < row.getLastCellNum(); cell++) {
                cells.add(TypedText.tidy(CellText.of(row.getCell(cell))));
            }
            texts.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            spread(texts, merged);
        }
        return sheet(sheet.getSheetName(), texts);
    }

    /** A sheet of these rows of texts, numbered from 1 as the user's program shows them, blank rows left out. */
    static SheetGrid sheet(String name, List<List<String>> texts) {
        List<GridRow> rows = new ArrayList<>();
        for (int index = 0; index < texts.size(); index++) {
            GridRow row = new GridRow(index + 1, List.copyOf(texts.get(index)));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new SheetGrid(name, rows);
    }

    /** The merged cell's text in every cell it covers. */
    static void spread(List<List<String>> texts, CellRangeAddress merged) {
        int first = merged.getFirstRow();
        if (first >= texts.size() || merged.getFirstColumn() >= texts.get(first).size()) {
            return;
        }
        String value = texts.get(first).get(merged.getFirstColumn());
        for (int r = first; r <= merged.getLastRow() && r < texts.size(); r++) {
            List<String> cells = texts.get(r);
            if (cells.size() <= merged.getLastColumn()) {
                cells.addAll(Collections.nCopies(merged.getLastColumn() + 1 - cells.size(), ""));
            }
            for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                cells.set(c, value);
            }
        }
    }

    private static RuleViolation notASpreadsheet() {
        return new RuleViolation("file", "import.error.notXlsx");
    }
}
