package org.citybridge.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roster files secretariats really keep (src/test/resources/roster, made once by MakeRosterFiles.java there): a
 * title row merged across the columns, a blank row, their own headers in their own order with an unknown column, cities
 * by name, code or short name, full-width digits and letters, and dates in every usual form.
 */
@IntegrationTest
class UsersRosterFilesTests {

    @Autowired
    RosterImport imports;
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
    void readsAnXlsxWithATitleRowItsOwnHeadersAndAnUnknownColumn() {
        assertUsersWorkbook(resource("users-roster.xlsx"));
    }

    @Test
    void readsTheSameSheetSavedAsExcel97() {
        assertUsersWorkbook(resource("users-roster.xls"));
    }

    @Test
    void readsAGbkCsvCommitsItsValidRowsAndChangesNothingTheSecondTime() {
        byte[] file = resource("users-roster-gbk.csv");

        ImportReport first = run(ImportMode.VALID_ONLY, file);
        ImportReport second = run(ImportMode.VALID_ONLY, file);

        assertThat(first.preview()).extracting(RowPreview::row, RowPreview::cityCode, RowPreview::name, RowPreview::from,
                RowPreview::valid).containsExactly(
                tuple(2, "510100", "上官文珊", "2025-03-01", true),
                tuple(3, "420100", "东方文博", "2025-03-01", true),
                tuple(4, "330100", "慕容文远", "2025-03-01", true),
                tuple(5, "", "诸葛文康", "2025-03-01", false));
        assertThat(first.ignoredColumns()).containsExactly("备注");
        assertThat(first).extracting(ImportReport::committed, ImportReport::peopleCreated, ImportReport::appointmentsCreated)
                .containsExactly(true, 3, 3);
        assertThat(jdbc.sql("SELECT mobile FROM person WHERE name = '东方文博'").query(String.class).single())
                .isEqualTo("13900139002");
        assertThat(jdbc.sql("SELECT mobile FROM person WHERE name = '上官文珊'").query(String.class).single())
                .isEqualTo("13900139001");
        assertThat(second).extracting(ImportReport::committed, ImportReport::peopleCreated, ImportReport::peopleUpdated,
                ImportReport::appointmentsCreated, ImportReport::unchanged).containsExactly(true, 0, 0, 0, 3);
    }

    @Test
    void readsAWebPageOfTablesThatAnOaSystemSavedAsXlsInGbkWithACityMergedDownItsRows() {
        ImportReport report = run(ImportMode.PREVIEW, resource("users-roster-oa.xls"));

        assertThat(report.ignoredColumns()).containsExactly("序号");
        assertThat(report.preview()).extracting(RowPreview::row, RowPreview::cityCode, RowPreview::name, RowPreview::from,
                RowPreview::valid).containsExactly(
                tuple(3, "510100", "欧阳网页", "2025-03-01", true),
                tuple(4, "510100", "上官网页", "2025-03-01", true),
                tuple(5, "420100", "东方网页", "2025-03-01", true));
        assertThat(report.committed()).isFalse();
    }

    @Test
    void readsTheSameCsvInUtf8WithOrWithoutByteOrderMark() {
        String text = new String(resource("users-roster-gbk.csv"), Charset.forName("GBK"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        for (byte[] file : List.of(utf8, withMark)) {
            assertThat(run(ImportMode.PREVIEW, file).preview()).extracting(RowPreview::name, RowPreview::valid)
                    .containsExactly(tuple("上官文珊", true), tuple("东方文博", true), tuple("慕容文远", true), tuple("诸葛文康", false));
        }
    }

    private void assertUsersWorkbook(byte[] file) {
        long people = count();

        ImportReport report = run(ImportMode.ALL_OR_NOTHING, file);

        assertThat(report.sheet()).isEqualTo("联络员");
        assertThat(report.ignoredColumns()).containsExactly("序号", "备注");
        assertThat(report.preview()).extracting(RowPreview::row, RowPreview::cityCode, RowPreview::cityName, RowPreview::name,
                RowPreview::from, RowPreview::valid).containsExactly(
                tuple(4, "610100", "西安市", "欧阳晓文", "2025-03-01", true),
                tuple(5, "510100", "成都市", "上官文静", "2025-03-01", true),
                tuple(6, "440300", "深圳市", "皇甫文强", "2025-03-01", true),
                tuple(7, "", "张家", "诸葛文敏", "2025-03-01", false),
                tuple(8, "430800", "张家界市", "司马文亮", "2025-03-01", true),
                tuple(9, "420100", "武汉市", "东方文丽", "2025-03-01", true),
                tuple(10, "330100", "杭州市", "慕容文杰", "2025-03-01", true),
                tuple(11, "", "不存在", "令狐文刚", "2025-03-01", false));
        assertThat(report.errors()).extracting(RowError::row, RowError::field, RowError::message).containsExactly(
                tuple(7, "cityName", "City name \"张家\" fits several cities: 张家口市（河北省）、张家港市（江苏省）、张家界市（湖南省）."
                        + " Give the city code or the province."),
                tuple(11, "cityName", "There is no city named \"不存在\"; check the name or give the city code."));
        assertThat(report.committed()).isFalse();
        assertThat(count()).isEqualTo(people);
    }

    private ImportReport run(ImportMode mode, byte[] file) {
        return fixtures.asAdmin(() -> imports.run(file, mode));
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static byte[] resource(String name) {
        try (InputStream in = UsersRosterFilesTests.class.getResourceAsStream("/roster/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
