package org.citybridge.directory.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.citybridge.shared.RuleViolation;

/**
 * Finds the roster in an uploaded file: in each sheet the header row among the first rows (below titles, notes and
 * blank rows) that names the most roster columns, by the template's names, their synonyms or a saved mapping; then the
 * sheet whose header names every required column. Whatever is unsure is said as a doubt.
 */
final class LayoutDetection {

    private static final int HEADER_SEARCH_ROWS = 30;

    private LayoutDetection() {
    }

    static DetectedLayout detect(List<SheetGrid> sheets, Optional<SavedMapping> saved) {
        List<Candidate> candidates = IntStream.range(0, sheets.size()).mapToObj(index -> best(sheets, index, saved))
                .flatMap(Optional::stream).toList();
        List<Candidate> complete = candidates.stream().filter(candidate -> candidate.mapping.missing().isEmpty()).toList();
        Candidate chosen = complete.isEmpty()
                ? candidates.stream().max(Comparator.comparingInt(Candidate::score)).orElseThrow(LayoutDetection::empty)
                : complete.get(0);
        DetectedLayout layout = describe(sheets, chosen);
        if (complete.size() > 1) {
            List<LayoutDoubt> doubts = new ArrayList<>(layout.doubts());
            doubts.add(0, new LayoutDoubt("import.doubt.severalSheets", List.of(String.join("、",
                    complete.stream().map(candidate -> sheets.get(candidate.sheet).name()).toList()))));
            return new DetectedLayout(layout.sheets(), layout.layout(), layout.headers(), List.copyOf(doubts));
        }
        return layout;
    }

    /** The layout proposed for the sheet the user picked. */
    static DetectedLayout detect(List<SheetGrid> sheets, int sheet, Optional<SavedMapping> saved) {
        return describe(sheets, best(sheets, sheet, saved).orElseThrow(LayoutDetection::empty));
    }

    /** The layout the user gave, with what it still lacks. */
    static DetectedLayout given(List<SheetGrid> sheets, SheetLayout layout) {
        if (layout.sheet() < 0 || layout.sheet() >= sheets.size()) {
            throw empty();
        }
        SheetGrid sheet = sheets.get(layout.sheet());
        GridRow header = sheet.rows().stream().filter(row -> row.number() == layout.headerRow()).findFirst()
                .orElseGet(() -> sheet.rows().isEmpty() ? new GridRow(1, List.of()) : sheet.rows().get(0));
        return describe(sheets, new Candidate(layout.sheet(), header, layout.mapping(), List.of(), 0));
    }

    private static Optional<Candidate> best(List<SheetGrid> sheets, int index, Optional<SavedMapping> saved) {
        SheetGrid sheet = sheets.get(index);
        return sheet.rows().stream().limit(HEADER_SEARCH_ROWS).map(row -> candidate(index, row, saved))
                .max(Comparator.comparingInt(Candidate::score).thenComparing(candidate -> -candidate.header.number()));
    }

    private static Candidate candidate(int sheet, GridRow header, Optional<SavedMapping> saved) {
        Map<RosterColumn, List<Integer>> found = new EnumMap<>(RosterColumn.class);
        int known = 0;
        for (int index = 0; index < header.cells().size(); index++) {
            String text = header.cell(index);
            if (text.isEmpty()) {
                continue;
            }
            boolean savedKnows = saved.map(mapping -> mapping.knows(text)).orElse(false);
            Optional<RosterColumn> column = savedKnows ? saved.get().column(text) : HeaderNames.column(text);
            if (savedKnows || column.isPresent()) {
                known++;
            }
            int at = index;
            column.ifPresent(c -> found.computeIfAbsent(c, key -> new ArrayList<>()).add(at));
        }
        Map<Integer, RosterColumn> first = new TreeMap<>();
        List<LayoutDoubt> twice = new ArrayList<>();
        found.forEach((column, indexes) -> {
            first.put(indexes.get(0), column);
            if (indexes.size() > 1) {
                twice.add(new LayoutDoubt("import.doubt.twoColumns",
                        List.of(column.header(), String.join("、", indexes.stream().map(header::cell).toList()))));
            }
        });
        return new Candidate(sheet, header, ColumnMapping.of(first), twice, found.size() * 100 + known);
    }

    private static DetectedLayout describe(List<SheetGrid> sheets, Candidate candidate) {
        SheetGrid sheet = sheets.get(candidate.sheet);
        List<String> headers = IntStream.range(0, Math.max(sheet.width(), candidate.header.cells().size()))
                .mapToObj(candidate.header::cell).toList();
        List<LayoutDoubt> doubts = new ArrayList<>();
        candidate.mapping.missing().forEach(missing -> doubts.add(new LayoutDoubt("import.doubt.missing", List.of(missing))));
        doubts.addAll(candidate.twice);
        candidate.mapping.twice().forEach((column, indexes) -> doubts.add(new LayoutDoubt("import.doubt.twoColumns",
                List.of(column.header(), String.join("、", indexes.stream().map(i -> label(headers, i)).toList())))));
        return new DetectedLayout(sheets.stream().map(SheetGrid::name).toList(),
                new SheetLayout(candidate.sheet, candidate.header.number(), candidate.mapping), headers, List.copyOf(doubts));
    }

    /** A column as the user knows it: its header, else its letter. */
    static String label(List<String> headers, int index) {
        String header = index < headers.size() ? headers.get(index) : "";
        return header.isEmpty() ? columnLetter(index) : header;
    }

    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static RuleViolation empty() {
        return new RuleViolation("file", "import.error.empty");
    }

    private record Candidate(int sheet, GridRow header, ColumnMapping mapping, List<LayoutDoubt> twice, int score) {
    }
}
