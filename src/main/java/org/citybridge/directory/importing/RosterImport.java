package org.citybridge.directory.importing;

import org.citybridge.directory.CityRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.citybridge.directory.TypedText;
import org.citybridge.directory.domain.ImportCounts;
import org.citybridge.directory.domain.ImportedRow;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.domain.RosterImportWriter;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a roster file row by row: finds the roster in it (or takes the layout the user mapped), validates every row,
 * then commits as the mode says, in one transaction.
 */
@Service
public class RosterImport {

    /** The data rows the mapping step shows, checked as the mapping reads them. */
    public static final int SAMPLE_ROWS = 5;

    private final RosterAccess access;
    private final RosterImportWriter writer;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    RosterImport(RosterAccess access, RosterImportWriter writer, JdbcClient jdbc, MessageSource messages) {
        this.access = access;
        this.writer = writer;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The largest roster file taken, as stated next to the file field. */
    public long maxMegabytes() {
        return UploadedSheets.maxMegabytes();
    }

    /** Where the roster is in the file, found by its headers (and a saved mapping's, if one is given). */
    public DetectedLayout inspect(byte[] file, Optional<SavedMapping> saved) {
        access.requireSecretariat();
        return LayoutDetection.detect(UploadedSheets.read(file), saved);
    }

    /** The layout proposed for the sheet the user picked. */
    public DetectedLayout inspect(byte[] file, int sheet, Optional<SavedMapping> saved) {
        access.requireSecretariat();
        return LayoutDetection.detect(UploadedSheets.read(file), sheet, saved);
    }

    /** The layout the user mapped, with the headers and what it still lacks. */
    public DetectedLayout inspect(byte[] file, SheetLayout layout) {
        access.requireSecretariat();
        return LayoutDetection.given(UploadedSheets.read(file), layout);
    }

    /** The fields a column may hold: the template's in its order, then the others. */
    public List<String> fields() {
        return Arrays.stream(RosterColumn.values()).map(RosterColumn::field).toList();
    }

    /**
     * The layout as the mapping step shows it: what it still lacks, a value from each column (the first under the
     * header) and the first data rows as the layout reads them, each checked.
     */
    public LayoutPreview preview(byte[] file, SheetLayout layout) {
        access.requireSecretariat();
        List<SheetGrid> sheets = UploadedSheets.read(file);
        DetectedLayout detected = LayoutDetection.given(sheets, layout);
        List<GridRow> below = sheets.get(layout.sheet()).rows().stream().filter(row -> row.number() > layout.headerRow()).toList();
        List<String> examples = IntStream.range(0, detected.headers().size()).mapToObj(index -> below.stream()
                .map(row -> row.cell(index)).filter(text -> !text.isEmpty()).findFirst().orElse("")).toList();
        RowValidator validator = new RowValidator(cities());
        List<RowPreview> rows = dataRows(sheets, layout).stream().limit(SAMPLE_ROWS).map(validator::check)
                .map(row -> preview(row, texts(row, LocaleContextHolder.getLocale()))).toList();
        return new LayoutPreview(detected, examples, rows);
    }

    /** The file as its headers say; a file whose layout is unsure is refused, naming the doubts. */
    @Transactional
    public ImportReport run(byte[] file, ImportMode mode) {
        return run(file, mode, Optional.empty());
    }

    /** As {@link #run(byte[], ImportMode)}, reading the headers a saved mapping knows as it says. */
    @Transactional
    public ImportReport run(byte[] file, ImportMode mode, Optional<SavedMapping> saved) {
        access.requireSecretariat();
        List<SheetGrid> sheets = UploadedSheets.read(file);
        DetectedLayout detected = LayoutDetection.detect(sheets, saved);
        if (!detected.sure()) {
            throw new RuleViolation("file", "import.error.unsure", detected.doubts().stream()
                    .map(doubt -> messages.getMessage(doubt.messageKey(), doubt.args().toArray(), LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining("；")));
        }
        return run(sheets, detected, mode, ImportProgress.NONE);
    }

    @Transactional
    public ImportReport run(byte[] file, ImportMode mode, SheetLayout layout, ImportProgress progress) {
        access.requireSecretariat();
        progress.reached(ImportPhase.READING, 0, 0);
        List<SheetGrid> sheets = UploadedSheets.read(file);
        return run(sheets, LayoutDetection.given(sheets, layout), mode, progress);
    }

    private ImportReport run(List<SheetGrid> sheets, DetectedLayout layout, ImportMode mode, ImportProgress progress) {
        List<SheetRow> source = dataRows(sheets, layout.layout());
        RowValidator validator = new RowValidator(cities());
        List<CheckedRow> rows = new ArrayList<>(source.size());
        for (SheetRow row : source) {
            rows.add(validator.check(row));
            progress.reached(ImportPhase.CHECKING, rows.size(), source.size());
        }
        List<ImportedRow> valid = rows.stream().filter(CheckedRow::valid).map(CheckedRow::imported).toList();
        boolean commit = mode.commits(valid.size() == rows.size());
        ImportCounts counts = commit
                ? writer.write(valid, written -> progress.reached(ImportPhase.WRITING, written, valid.size()))
                : ImportCounts.NONE;
        return report(rows, valid.size(), commit, counts, layout, LocaleContextHolder.getLocale());
    }

    /** The rows under the header row, leaving out blank rows and the header repeated (as on every printed page). */
    private static List<SheetRow> dataRows(List<SheetGrid> sheets, SheetLayout layout) {
        if (layout.sheet() < 0 || layout.sheet() >= sheets.size()) {
            return List.of();
        }
        List<GridRow> rows = sheets.get(layout.sheet()).rows();
        List<String> header = rows.stream().filter(row -> row.number() == layout.headerRow()).findFirst()
                .map(GridRow::cells).orElse(List.of());
        return rows.stream().filter(row -> row.number() > layout.headerRow() && !row.cells().equals(header))
                .map(layout.mapping()::read).filter(row -> !row.isBlank()).toList();
    }

    private CityResolver cities() {
        return new CityResolver(jdbc.sql("""
                SELECT c.code, c.name, c.province_code, p.name AS province_name
                FROM city c JOIN province p ON p.code = c.province_code ORDER BY c.code""").query(CityRef.class).list());
    }

    private ImportReport report(List<CheckedRow> rows, int valid, boolean committed, ImportCounts counts,
                                DetectedLayout layout, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<RowPreview> preview = new ArrayList<>();
        for (CheckedRow checked : rows) {
            List<String> texts = texts(checked, locale);
            for (int i = 0; i < texts.size(); i++) {
                errors.add(new RowError(checked.source().number(), checked.problems().get(i).column().field(), texts.get(i)));
            }
            preview.add(preview(checked, texts));
        }
        return new ImportReport(rows.size(), valid, List.copyOf(errors), committed, counts.peopleCreated(),
                counts.peopleUpdated(), counts.appointmentsCreated(), counts.unchanged(), List.copyOf(preview),
                layout.sheets().get(layout.layout().sheet()), layout.ignoredHeaders());
    }

    /** A row as the preview shows it: the city found and dates read, else the texts as the file has them. */
    private static RowPreview preview(CheckedRow checked, List<String> messages) {
        SheetRow row = checked.source();
        CityRef city = checked.city();
        return new RowPreview(row.number(), city == null ? row.value(RosterColumn.CITY_CODE) : city.code(),
                city == null ? row.value(RosterColumn.CITY_NAME) : city.name(), TypedText.personName(row.value(RosterColumn.NAME)),
                row.value(RosterColumn.ROLE), date(row, RosterColumn.FROM), date(row, RosterColumn.TO), checked.valid(),
                messages);
    }

    private static String date(SheetRow row, RosterColumn column) {
        return ImportDates.parse(row.value(column)).map(Object::toString).orElse(row.value(column));
    }

    private List<String> texts(CheckedRow checked, Locale locale) {
        return checked.problems().stream().map(problem -> messages.getMessage(problem.messageKey(), problem.args(), locale)).toList();
    }
}
