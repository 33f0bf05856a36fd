package org.citybridge.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.citybridge.shared.RuleViolation;

/**
 * Reads a member list: .xlsx, .xls or CSV (UTF-8 or GBK), the first sheet holding a header row with 城市 and 入会时间
 * (title rows above it are skipped; columns in any order, others ignored), then one city per row.
 */
final class MemberListReader {

    private static final Set<String> CITY = Set.of("城市", "城市名称", "所在城市", "会员城市", "城市代码", "城市或代码");
    private static final Set<String> SINCE = Set.of("入会时间", "入会日期", "加入时间", "加入日期");
    private static final Set<String> STATUS = Set.of("状态", "会员状态");
    private static final int HEADER_SEARCH_ROWS = 20;

    private MemberListReader() {
    }

    static List<MemberListRow> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new RuleViolation("file", "memberList.error.empty");
        }
        if (file.length > UploadedSheets.MAX_BYTES) {
            throw new RuleViolation("file", "import.error.tooLarge", UploadedSheets.MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> lines = isWorkbook(file) ? workbookLines(file) : CsvRows.parse(text(file));
        return rows(lines);
    }

    private static List<MemberListRow> rows(List<List<String>> lines) {
        for (int index = 0; index < Math.min(lines.size(), HEADER_SEARCH_ROWS); index++) {
            List<String> header = lines.get(index).stream().map(MemberListReader::headerName).toList();
            int city = column(header, CITY);
            int since = column(header, SINCE);
            if (city >= 0 && since >= 0) {
                int status = column(header, STATUS);
                List<MemberListRow> rows = new ArrayList<>();
                for (int i = index + 1; i < lines.size(); i++) {
                    List<String> line = lines.get(i);
                    MemberListRow row = new MemberListRow(i + 1, cell(line, city), cell(line, since), cell(line, status));
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
                return rows;
            }
        }
        throw new RuleViolation("file", "memberList.error.noHeader");
    }

    private static boolean isWorkbook(byte[] file) {
        boolean zip = file.length > 3 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        boolean ole2 = file.length > 3 && (file[0] & 0xff) == 0xD0 && (file[1] & 0xff) == 0xCF
                && (file[2] & 0xff) == 0x11 && (file[3] & 0xff) == 0xE0;
        return zip || ole2;
    }

    /** The first sheet's rows as texts: dates as yyyy-MM-dd, merged title cells as their first cell. */
    private static List<List<String>> workbookLines(byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> lines = new ArrayList<>();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(CellText.of(row.getCell(c)));
                }
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new RuleViolation("file", "memberList.error.unreadable");
        }
    }

    /** The file's text in the encoding it was written in (UTF-8, UTF-16 with a mark, or GBK as Chinese Excel writes). */
    private static String text(byte[] file) {
        return TextDecoding.decode(file).orElseThrow(() -> new RuleViolation("file", "memberList.error.unreadable"));
    }

    private static String headerName(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s*＊:：]", "");
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> line, int column) {
        return column >= 0 && column < line.size() ? Normalizer.normalize(line.get(column), Normalizer.Form.NFKC).strip() : "";
    }
}
