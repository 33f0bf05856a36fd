package org.citybridge.directory.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.citybridge.directory.domain.ImportCounts;
import org.citybridge.directory.domain.ImportedRow;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.domain.RosterImportWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a roster workbook row by row: validates every row, then commits as the mode says, in one transaction. */
@Service
public class RosterImport {

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

    /** The largest roster workbook taken, as stated next to the file field. */
    public long maxMegabytes() {
        return RosterSheetReader.MAX_BYTES / (1024 * 1024);
    }

    @Transactional
    public ImportReport run(byte[] file, ImportMode mode) {
        access.requireSecretariat();
        RowValidator validator = new RowValidator(cityNames());
        List<CheckedRow> rows = RosterSheetReader.read(file).stream().map(validator::check).toList();
        List<ImportedRow> valid = rows.stream().filter(CheckedRow::valid).map(CheckedRow::imported).toList();
        boolean commit = mode.commits(valid.size() == rows.size());
        ImportCounts counts = commit ? writer.write(valid) : ImportCounts.NONE;
        return report(rows, valid.size(), commit, counts, LocaleContextHolder.getLocale());
    }

    private Map<String, String> cityNames() {
        record CityName(String code, String name) {
        }
        return jdbc.sql("SELECT code, name FROM city").query(CityName.class).stream()
                .collect(Collectors.toMap(CityName::code, CityName::name));
    }

    private ImportReport report(List<CheckedRow> rows, int valid, boolean committed, ImportCounts counts, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<RowPreview> preview = new ArrayList<>();
        for (CheckedRow checked : rows) {
            SheetRow row = checked.source();
            List<String> texts = checked.problems().stream().map(problem -> text(problem, locale)).toList();
            for (int i = 0; i < texts.size(); i++) {
                errors.add(new RowError(row.number(), checked.problems().get(i).column().field(), texts.get(i)));
            }
            preview.add(new RowPreview(row.number(), row.value(RosterColumn.CITY_CODE), row.value(RosterColumn.CITY_NAME),
                    row.value(RosterColumn.NAME), row.value(RosterColumn.ROLE), row.value(RosterColumn.FROM),
                    row.value(RosterColumn.TO), checked.valid(), texts));
        }
        return new ImportReport(rows.size(), valid, List.copyOf(errors), committed, counts.peopleCreated(),
                counts.peopleUpdated(), counts.appointmentsCreated(), counts.unchanged(), List.copyOf(preview));
    }

    private String text(RowProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.args(), locale);
    }
}
