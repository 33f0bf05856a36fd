package org.citybridge.directory.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.citybridge.directory.TypedText;
import org.citybridge.shared.RuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The tables of a web page saved under an Excel name, as many OA and government systems "export to Excel" (Excel opens
 * such a file as a page): each table a sheet, its rows and cells in order, a cell spanning rows or columns standing in
 * every cell it covers, as a merged cell of a workbook does.
 */
final class HtmlTables {

    /** How far into the file a table must start for the file to be taken as a page of tables. */
    private static final int LOOK_AHEAD = 64 * 1024;
    /** Excel 97's width: cells past it are left out, and no span reaches past it. */
    private static final int MAX_COLUMNS = 256;
    /** Cells of rows below that a file's spans may cover in all: a page spanning more is no roster (and fills the memory). */
    private static final int MAX_CELLS = 1_000_000;

    private HtmlTables() {
    }

    /** A file of markup (its first sign a {@code <}, after a byte order mark and spaces) with a table near its start. */
    static boolean looksLikeOne(byte[] file) {
        int start = TextDecoding.afterUtf8Mark(file);
        while (start < file.length && Character.isWhitespace(file[start])) {
            start++;
        }
        if (start >= file.length || file[start] != '<') {
            return false;
        }
        String head = new String(file, 0, Math.min(file.length, LOOK_AHEAD), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<table");
    }

    static List<SheetGrid> read(String html) {
        List<SheetGrid> sheets = new ArrayList<>();
        for (Element table : Jsoup.parse(html).select("table:not(table table)")) {
            sheets.add(UploadedSheets.sheet("表" + (sheets.size() + 1), table(table)));
        }
        return sheets;
    }

    private static List<List<String>> table(Element table) {
        List<List<String>> texts = new ArrayList<>();
        List<CellRangeAddress> spans = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        List<Element> rows = table.select("tr").stream().filter(row -> row.closest("table") == table).toList();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.is("td, th")) {
                    continue;
                }
                while (taken.contains(at(r, c))) {
                    c++;
                }
                if (c >= MAX_COLUMNS) {
                    break;
                }
                int across = Math.min(span(cell, "colspan"), MAX_COLUMNS - c);
                int down = Math.min(span(cell, "rowspan"), rows.size() - r);
                while (cells.size() < c) {
                    cells.add("");
                }
                cells.add(TypedText.tidy(cell.text()));
                for (int i = 1; i < down; i++) {
                    for (int j = 0; j < across; j++) {
                        taken.add(at(r + i, c + j));
                    }
                    if (taken.size() > MAX_CELLS) {
                        throw new RuleViolation("file", "import.error.notXlsx");
                    }
                }
                if (across > 1 || down > 1) {
                    spans.add(new CellRangeAddress(r, r + down - 1, c, c + across - 1));
                }
                c += across;
            }
            texts.add(cells);
        }
        spans.forEach(span -> UploadedSheets.spread(texts, span));
        return texts;
    }

    private static long at(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(Element cell, String attribute) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr(attribute).strip()));
        } catch (NumberFormatException none) {
            return 1;
        }
    }
}
