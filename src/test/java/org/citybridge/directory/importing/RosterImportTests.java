package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.citybridge.support.RosterFile.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.support.RosterFile.Line;
import org.citybridge.shared.Actor;
import org.citybridge.shared.HasActor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class RosterImportTests {

    @Autowired
    RosterImport imports;
    @Autowired
    RosterWorkbook workbook;
    @Autowired
    CityDirectory directory;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void reportsMissingRequiredFields() {
        ImportReport report = preview(line().with("cityCode", "").with("cityName", "").with("name", " ").with("role", null)
                .with("from", ""));

        assertThat(report.valid()).isZero();
        assertThat(report.errors()).extracting(RowError::row, RowError::field)
                .containsExactlyInAnyOrder(tuple(2, "cityCode"), tuple(2, "name"), tuple(2, "role"), tuple(2, "from"));
    }

    @Test
    void reportsUnknownCityCode() {
        assertOnlyError(line().with("cityCode", "999999").with("cityName", ""), "cityCode", "There is no city with code 999999.");
    }

    @Test
    void reportsCityNameNotMatchingTheCode() {
        assertOnlyError(line().with("cityName", "杭州市"), "cityName",
                "City name \"杭州市\" does not match city code 510100, which is \"成都市\".");
    }

    @Test
    void reportsBadMobile() {
        assertOnlyError(line().with("mobile", "1234567"), "mobile", "Mobile number \"1234567\" is not valid.");
    }

    @Test
    void reportsBadOfficePhone() {
        assertOnlyError(line().with("officePhone", "call me"), "officePhone",
                "Office phone \"call me\" is not valid; write it with its area code, like 028-87654321.");
    }

    @Test
    void refusesAnOfficePhoneWithoutItsAreaCodeAsTheFormsDo() {
        assertOnlyError(line().with("officePhone", "87654321"), "officePhone",
                "Office phone \"87654321\" is not valid; write it with its area code, like 028-87654321.");
    }

    @Test
    void reportsBadEmail() {
        assertOnlyError(line().with("email", "liaison.example.cn"), "email", "Email address \"liaison.example.cn\" is not valid.");
    }

    @Test
    void reportsBadGender() {
        assertOnlyError(line().with("gender", "M"), "gender", "Gender \"M\" is not valid; write 男 (male) or 女 (female).");
    }

    @Test
    void reportsBadRole() {
        assertOnlyError(line().with("role", "联络员"), "role",
                "Liaison type \"联络员\" is not valid; write 主联络员 (primary) or 副联络员 (deputy).");
    }

    @Test
    void reportsUnparseableDates() {
        ImportReport report = preview(line().with("from", "2024-02-30").with("to", "soon"));

        assertThat(report.errors()).extracting(RowError::field, RowError::message).containsExactly(
                tuple("from", "Date \"2024-02-30\" cannot be read; write it as yyyy-MM-dd."),
                tuple("to", "Date \"soon\" cannot be read; write it as yyyy-MM-dd."));
    }

    @Test
    void reportsEndBeforeStart() {
        assertOnlyError(line().with("from", "2024-05-01").with("to", "2024-04-30"), "to",
                "The end date is before the start date.");
    }

    @Test
    void reportsTextLongerThanTheDirectoryKeeps() {
        assertOnlyError(line().with("name", "长".repeat(41)), "name", "Column 姓名 is longer than 40 characters.");
    }

    @Test
    void reportsTheSamePersonInTheSamePostTwiceOnTheLaterRow() {
        Line first = line();
        Line sameByEmail = line().with("mobile", "").with("email", "twice@example.cn");
        ImportReport report = preview(first, line(), copy(first).with("post", "秘书长"), sameByEmail,
                copy(sameByEmail).with("gender", "男"));

        assertThat(report.errors()).extracting(RowError::row, RowError::field, RowError::message).containsExactly(
                tuple(4, "name", "Same as row 2: a person can hold the same post only once."),
                tuple(6, "name", "Same as row 5: a person can hold the same post only once."));
        assertThat(report.valid()).isEqualTo(3);
    }

    @Test
    void messagesFollowTheCurrentLanguage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        ImportReport report = preview(line().with("cityCode", "999999").with("cityName", ""));

        assertThat(report.errors()).extracting(RowError::message).containsExactly("城市代码 999999 不存在。");
        assertThat(report.preview().get(0).messages()).containsExactly("城市代码 999999 不存在。");
    }

    @Test
    void readsNumericPhonesCleansUpTypedOnesAndReadsRealDateCells() {
        Line line = line();
        long mobile = Long.parseLong((String) line.cells().get(6));
        line.with("mobile", mobile).with("officePhone", "（028）8765 4321").with("from", LocalDate.of(2023, 3, 1))
                .with("to", LocalDate.of(2026, 2, 28));

        ImportReport report = run(ImportMode.VALID_ONLY, RosterFile.of(line));

        assertThat(report.errors()).isEmpty();
        assertThat(report.preview()).extracting(RowPreview::from, RowPreview::to).containsExactly(tuple("2023-03-01", "2026-02-28"));
        assertThat(jdbc.sql("SELECT office_phone FROM person WHERE mobile = :mobile").param("mobile", String.valueOf(mobile))
                .query(String.class).single()).isEqualTo("028-87654321");
    }

    @Test
    void skipsBlankRowsAndNumbersRowsAsExcelDoes() {
        ImportReport report = preview(line(), new Line(), new Line().with("post", "  "), line().with("gender", "?"));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.preview()).extracting(RowPreview::row, RowPreview::valid).containsExactly(tuple(2, true), tuple(5, false));
        assertThat(report.errors()).extracting(RowError::row).containsExactly(5);
    }

    @Test
    void readsTheRosterFromASheetOfAnyName() {
        byte[] file = RosterFile.xlsx("Sheet1", RosterFile.HEADER, List.of(line().cells()));

        assertThat(run(ImportMode.PREVIEW, file)).extracting(ImportReport::rows, ImportReport::valid, ImportReport::sheet)
                .containsExactly(1, 1, "Sheet1");
    }

    @Test
    void readsColumnsByTheirHeadersInAnyOrderAndWithoutTheOptionalOnes() {
        List<String> swapped = new ArrayList<>(RosterFile.HEADER);
        swapped.set(6, "办公电话");
        swapped.set(7, "手机");
        List<Object> cells = new ArrayList<>(line().cells());
        Object mobile = cells.get(6);
        cells.set(6, cells.get(7));
        cells.set(7, mobile);

        ImportReport report = run(ImportMode.PREVIEW, RosterFile.xlsx(RosterFile.SHEET, swapped, List.of(cells)));
        ImportReport withoutEnd = run(ImportMode.PREVIEW,
                RosterFile.xlsx(RosterFile.SHEET, RosterFile.HEADER.subList(0, 11), List.of(line().cells().subList(0, 11))));

        assertThat(report.errors()).isEmpty();
        assertThat(withoutEnd.errors()).isEmpty();
    }

    @Test
    void refusesAFileWhoseLayoutIsUnsureNamingWhatIsMissing() {
        List<String> header = new ArrayList<>(RosterFile.HEADER);
        header.set(2, "联系人员");

        assertThatThrownBy(() -> run(ImportMode.PREVIEW, RosterFile.xlsx("Sheet1", header, List.of(line().cells()))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("import.error.unsure");
                    assertThat(violation.args()).singleElement().asString().contains("no column \"姓名\" was found");
                });
    }

    @Test
    void refusesRandomBytesNamedXlsx() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        byte[] zipLikeNoise = noise.clone();
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipLikeNoise, 0, 4);

        assertFileRefused(noise, "import.error.notXlsx");
        assertFileRefused(zipLikeNoise, "import.error.notXlsx");
        assertFileRefused(new byte[0], "import.error.notXlsx");
    }

    @Test
    void refusesAPdfOrRtfEvenWhenItsBytesCouldPassForText() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n城市,姓名\n成都,柏文\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        byte[] rtf = "{\\rtf1\\ansi 城市,姓名\\par 成都,柏文}".getBytes(StandardCharsets.UTF_8);

        assertFileRefused(pdf, "import.error.notXlsx");
        assertFileRefused(rtf, "import.error.notXlsx");
    }

    @Test
    void refusesAPageOfTablesWhoseSpansWouldCoverMillionsOfCells() {
        StringBuilder page = new StringBuilder("<html><body><table>");
        for (int row = 0; row < 20_000; row++) {
            page.append("<tr><td rowspan=\"20000\" colspan=\"20000\">城市</td></tr>");
        }
        page.append("</table></body></html>");

        assertFileRefused(page.toString().getBytes(StandardCharsets.UTF_8), "import.error.notXlsx");
    }

    @Test
    void refusesAWordDocument() throws IOException {
        assertFileRefused(docx(), "import.error.notXlsx");
    }

    @Test
    void refusesFilesOverTenMegabytes() {
        assertFileRefused(new byte[10 * 1024 * 1024 + 1], "import.error.tooLarge");
    }

    @Test
    void previewCommitsNothing() {
        long[] before = counts();

        ImportReport report = preview(line(), line());

        assertThat(report.committed()).isFalse();
        assertThat(report.valid()).isEqualTo(2);
        assertThat(report.appointmentsCreated()).isZero();
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void validOnlyCommitsTheValidRows() {
        long[] before = counts();

        ImportReport report = run(ImportMode.VALID_ONLY, RosterFile.of(line(), line().with("email", "bad"), line()));

        assertThat(report.committed()).isTrue();
        assertThat(report).extracting(ImportReport::rows, ImportReport::valid, ImportReport::peopleCreated,
                ImportReport::appointmentsCreated).containsExactly(3, 2, 2, 2);
        assertThat(counts()).containsExactly(before[0] + 2, before[1] + 2);
    }

    @Test
    void allOrNothingWithOneBadRowCommitsNothing() {
        long[] before = counts();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING, RosterFile.of(line(), line(), line().with("role", "?")));

        assertThat(report.committed()).isFalse();
        assertThat(report.valid()).isEqualTo(2);
        assertThat(report.errors()).extracting(RowError::row, RowError::field).containsExactly(tuple(4, "role"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void allOrNothingCommitsAFileWithoutErrors() {
        long[] before = counts();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING, RosterFile.of(line(), line().with("role", "副联络员")));

        assertThat(report.committed()).isTrue();
        assertThat(counts()).containsExactly(before[0] + 2, before[1] + 2);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        Line person = line();
        byte[] file = RosterFile.of(person, copy(person).with("cityCode", "440300").with("cityName", "深圳市"),
                line().with("to", "2025-06-30"));
        ImportReport first = run(ImportMode.ALL_OR_NOTHING, file);
        long[] before = counts();
        long journal = auditEntries();

        ImportReport second = run(ImportMode.ALL_OR_NOTHING, file);

        assertThat(first).extracting(ImportReport::peopleCreated, ImportReport::appointmentsCreated).containsExactly(2, 3);
        assertThat(second).extracting(ImportReport::committed, ImportReport::peopleCreated, ImportReport::peopleUpdated,
                ImportReport::appointmentsCreated, ImportReport::unchanged).containsExactly(true, 0, 0, 0, 3);
        assertThat(counts()).containsExactly(before);
        assertThat(auditEntries()).isEqualTo(journal);
    }

    @Test
    void takesChangedDetailsAndEndDatesAndJournalsThem() {
        Line person = line();
        run(ImportMode.ALL_OR_NOTHING, RosterFile.of(person));
        long journal = auditEntries();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING,
                RosterFile.of(copy(person).with("post", "市政府秘书长").with("to", "2025-12-31")));

        assertThat(report).extracting(ImportReport::peopleCreated, ImportReport::peopleUpdated,
                ImportReport::appointmentsCreated, ImportReport::unchanged).containsExactly(0, 1, 0, 0);
        assertThat(jdbc.sql("SELECT p.post || ' ' || a.end_date FROM person p JOIN liaison_appointment a ON a.person_id = p.id WHERE p.mobile = :mobile")
                .param("mobile", person.cells().get(6)).query(String.class).single()).isEqualTo("市政府秘书长 2025-12-31");
        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY id DESC LIMIT 2").query(String.class).list())
                .containsExactlyInAnyOrder("person.update", "appointment.update");
        assertThat(auditEntries()).isEqualTo(journal + 2);
    }

    @Test
    void blankOptionalCellsKeepWhatIsKnown() {
        Line person = line();
        run(ImportMode.ALL_OR_NOTHING, RosterFile.of(person));

        ImportReport report = run(ImportMode.ALL_OR_NOTHING,
                RosterFile.of(copy(person).with("gender", "").with("post", "").with("officePhone", "").with("email", "")));

        assertThat(report.unchanged()).isEqualTo(1);
    }

    @Test
    void findsAKnownLiaisonByNameInTheirCityWhenTheContactsChanged() {
        String name = (String) line().cells().get(2);
        long personId = fixtures.person(name);
        fixtures.appoint("420100", personId, LiaisonRole.PRIMARY, LocalDate.of(2022, 1, 1));
        long[] before = counts();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING, RosterFile.of(line().with("name", name)
                .with("cityCode", "420100").with("cityName", "武汉市").with("from", "2022-01-01")));

        assertThat(report).extracting(ImportReport::peopleCreated, ImportReport::peopleUpdated,
                ImportReport::appointmentsCreated).containsExactly(0, 1, 0);
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void theTemplateImportsAsNoRows() {
        ImportReport report = run(ImportMode.ALL_OR_NOTHING, workbook.template());

        assertThat(report).extracting(ImportReport::rows, ImportReport::valid, ImportReport::errors)
                .containsExactly(0, 0, List.of());
    }

    @Test
    void anExportImportsBackUnchanged() {
        long first = fixtures.person((String) line().cells().get(2));
        long second = fixtures.person((String) line().cells().get(2));
        fixtures.appoint("330100", first, LiaisonRole.PRIMARY, LocalDate.of(2021, 4, 1));
        fixtures.appoint("330100", second, LiaisonRole.DEPUTY, LocalDate.of(2023, 9, 1));
        fixtures.appoint("320500", first, LiaisonRole.DEPUTY, LocalDate.of(2020, 1, 1));
        byte[] export = fixtures.asAdmin(() -> workbook.export(directory.activeRoster(CityFilter.all())));
        long[] before = counts();
        long journal = auditEntries();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING, export);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).isGreaterThanOrEqualTo(3);
        assertThat(report).extracting(ImportReport::committed, ImportReport::peopleCreated, ImportReport::peopleUpdated,
                ImportReport::appointmentsCreated).containsExactly(true, 0, 0, 0);
        assertThat(report.unchanged()).isEqualTo(report.rows());
        assertThat(counts()).containsExactly(before);
        assertThat(auditEntries()).isEqualTo(journal);
    }

    @Test
    void refusesALiaison() {
        byte[] file = RosterFile.of(line());
        Actor liaison = new Actor("liaison", Role.LIAISON, "510100", "510000", null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (HasActor) () -> liaison, null, List.of(new SimpleGrantedAuthority("ROLE_LIAISON"))));
        try {
            assertThatThrownBy(() -> imports.run(file, ImportMode.PREVIEW)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void assertOnlyError(Line line, String field, String message) {
        ImportReport report = preview(line);

        assertThat(report.valid()).isZero();
        assertThat(report.errors()).containsExactly(new RowError(2, field, message));
        assertThat(report.preview()).singleElement().satisfies(row -> {
            assertThat(row.valid()).isFalse();
            assertThat(row.messages()).containsExactly(message);
        });
    }

    private void assertFileRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> run(ImportMode.PREVIEW, file)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("file");
            assertThat(violation.messageKey()).isEqualTo(messageKey);
        });
    }

    private ImportReport preview(Line... lines) {
        return run(ImportMode.PREVIEW, RosterFile.of(lines));
    }

    private ImportReport run(ImportMode mode, byte[] file) {
        return fixtures.asAdmin(() -> imports.run(file, mode));
    }

    private static Line copy(Line line) {
        Line copy = new Line();
        List<Object> cells = line.cells();
        for (int i = 0; i < cells.size(); i++) {
            copy.with(RosterFile.FIELDS.get(i), cells.get(i));
        }
        return copy;
    }

    private long[] counts() {
        return new long[] {count("person"), count("liaison_appointment")};
    }

    private long auditEntries() {
        return count("audit_log");
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>""");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
