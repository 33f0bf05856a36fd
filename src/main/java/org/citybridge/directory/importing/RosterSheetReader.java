package org.citybridge.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.shared.RuleViolation;

/** Reads the data rows of an uploaded roster workbook, refusing anything that is not one. */
final class RosterSheetReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private RosterSheetReader() {
    }

    /** The non-blank data rows, in sheet order. */
    static List<SheetRow> read(byte[] file) {
        if (file != null && file.length > MAX_BYTES) {
            throw new RuleViolation("file", "import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (Workbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet(RosterColumn.SHEET);
            if (sheet == null) {
                throw new RuleViolation("file", "import.error.wrongSheet", RosterColumn.SHEET);
            }
            requireHeader(sheet.getRow(0));
            return dataRows(sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workbook open(byte[] file) {
        if (file == null || !startsWithZipMagic(file)) {
            throw new RuleViolation("file", "import.error.notXlsx");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new RuleViolation("file", "import.error.notXlsx");
        }
    }

    private static boolean startsWithZipMagic(byte[] file) {
        return file.length >= ZIP_MAGIC.length
                && IntStream.range(0, ZIP_MAGIC.length).allMatch(i -> file[i] == ZIP_MAGIC[i]);
    }

    private static void requireHeader(Row header) {
        int width = header == null ? 0 : Math.max(header.getLastCellNum(), RosterColumn.HEADERS.size());
        List<String> found = IntStream.range(0, width).mapToObj(i -> CellText.of(header.getCell(i))).toList();
        List<String> expected = new ArrayList<>(RosterColumn.HEADERS);
        while (expected.size() < found.size()) {
            expected.add("");
        }
        if (!found.equals(expected)) {
            throw new RuleViolation("file", "import.error.wrongHeader", String.join("、", RosterColumn.HEADERS));
        }
    }

    private static List<SheetRow> dataRows(Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
            for (RosterColumn column : RosterColumn.values()) {
                values.put(column, CellText.of(row.getCell(column.ordinal())));
            }
            SheetRow read = new SheetRow(index + 1, values);
            if (!read.isBlank()) {
                rows.add(read);
            }
        }
        return rows;
    }
}
