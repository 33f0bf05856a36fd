package org.citybridge.directory.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CitySummary;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BatchView;
import org.citybridge.directory.bulk.BulkOperation.Undo;
import org.citybridge.directory.bulk.BulkPlan;
import org.citybridge.directory.bulk.CityBulkChanges;
import org.citybridge.directory.bulk.CityLine;
import org.citybridge.directory.bulk.CitySelection;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Member lists as people keep them: a workbook with a title row and its own column order, a GBK CSV from Chinese
 * Excel and an old .xls; every row's outcome, then the same bulk preview, apply and undo. Henan's cities 411000–411700
 * and its county-level cities, which no other test makes members.
 */
@IntegrationTest
class MemberListImportTests {

    @Autowired
    MemberListImport memberLists;
    @Autowired
    CityBulkChanges bulk;
    @Autowired
    CityDirectory directory;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void inChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aWorkbookWithATitleRowIsCheckedRowByRowAndItsValidRowsApplyAndUndoAsOneBatch() throws IOException {
        byte[] file = resource("henan-members.xlsx");
        MemberListReport report = fixtures.asAdmin(() -> memberLists.check(file));

        assertThat(report.rows()).extracting(MemberListReport.Row::number, MemberListReport.Row::cityCode,
                MemberListReport.Row::membership, MemberListReport.Row::memberSince, MemberListReport.Row::valid).containsExactly(
                tuple(4, "411000", Membership.MEMBER, LocalDate.of(2025, 3, 1), true),
                tuple(5, "411100", Membership.MEMBER, LocalDate.of(2024, 5, 20), true),
                tuple(6, "411200", Membership.SUSPENDED, LocalDate.of(2023, 6, 1), true),
                tuple(7, "411300", Membership.MEMBER, LocalDate.of(2023, 3, 15), true),
                tuple(8, "411400", Membership.MEMBER, LocalDate.of(2022, 1, 5), true),
                tuple(9, "411500", Membership.NONE, null, true),
                tuple(10, "411600", Membership.MEMBER, null, false),
                tuple(11, null, Membership.MEMBER, LocalDate.of(2025, 1, 1), false),
                tuple(12, "411000", Membership.MEMBER, LocalDate.of(2025, 2, 1), false),
                tuple(13, "411700", Membership.MEMBER, null, false),
                tuple(14, "410181", Membership.MEMBER, LocalDate.of(2021, 7, 1), true));
        assertThat(errors(report, 10)).containsExactly("入会时间“2025-13-01”无法识别（可写作 2025-3-1、2025/3/1、2025.3.1 或 2025年3月1日）。");
        assertThat(errors(report, 11)).containsExactly("找不到名为“长安城”的城市，请核对名称或填写城市代码。");
        assertThat(errors(report, 12)).containsExactly("该城市已在第 4 行出现。");
        assertThat(errors(report, 13)).containsExactly("请填写入会时间。");

        BulkPlan plan = fixtures.asAdmin(() -> bulk.preview(CitySelection.none(), report.changes()));
        assertThat(plan.changes()).extracting(CityLine::cityName).containsExactly(
                "巩义市", "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市");
        assertThat(plan.unchanged()).extracting(CityLine::cityName).containsExactly("信阳市");

        BatchView batch = fixtures.asAdmin(() -> bulk.apply(CitySelection.none(), report.changes(), plan.fingerprint()));
        assertThat(summary("411200")).extracting(CitySummary::membership, CitySummary::memberSince)
                .containsExactly(Membership.SUSPENDED, LocalDate.of(2023, 6, 1));
        assertThat(summary("410181").memberSince()).isEqualTo(LocalDate.of(2021, 7, 1));

        fixtures.asAdmin(() -> bulk.apply(CitySelection.none(), new Undo(batch.id()), null));
        assertThat(summary("411200").membership()).isEqualTo(Membership.NONE);
        assertThat(summary("410181").membership()).isEqualTo(Membership.NONE);
    }

    @Test
    void aGbkCsvFromChineseExcelIsRead() throws IOException {
        byte[] file = resource("henan-county-members-gbk.csv");
        MemberListReport report = fixtures.asAdmin(() -> memberLists.check(file));

        assertThat(report.rows()).extracting(MemberListReport.Row::number, MemberListReport.Row::cityName,
                MemberListReport.Row::membership, MemberListReport.Row::memberSince, MemberListReport.Row::valid).containsExactly(
                tuple(3, "荥阳市", Membership.MEMBER, LocalDate.of(2024, 3, 1), true),
                tuple(4, "新密市", Membership.MEMBER, LocalDate.of(2024, 4, 1), true),
                tuple(5, "新郑市", Membership.SUSPENDED, LocalDate.of(2024, 5, 1), true),
                tuple(6, "登封市", Membership.MEMBER, null, false),
                tuple(7, "偃师市", null, LocalDate.of(2024, 6, 1), false));
        assertThat(errors(report, 7)).containsExactly("状态“退出会”无法识别（可填：会员、暂停、非会员）。");
        assertThat(report.changes().targets()).containsOnlyKeys("410182", "410183", "410184");
    }

    @Test
    void anOldXlsWorkbookIsRead() throws IOException {
        HSSFWorkbook book = new HSSFWorkbook();
        Sheet sheet = book.createSheet("名单");
        sheet.createRow(0).createCell(0).setCellValue("城市");
        sheet.getRow(0).createCell(1).setCellValue("入会时间");
        sheet.createRow(1).createCell(0).setCellValue("舞钢");
        sheet.getRow(1).createCell(1).setCellValue("2020-10-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);

        MemberListReport report = fixtures.asAdmin(() -> memberLists.check(out.toByteArray()));

        assertThat(report.rows()).extracting(MemberListReport.Row::cityCode, MemberListReport.Row::memberSince)
                .containsExactly(tuple("410481", LocalDate.of(2020, 10, 1)));
    }

    @Test
    void aProvinceColumnTellsApartCitiesANameFitsInSeveralProvinces() {
        byte[] csv = "省份,城市,入会时间\n湖南,张家,2020-1-1\n,张家,2020-1-1\n河北省,张家口,2020-1-1\n".getBytes(StandardCharsets.UTF_8);

        MemberListReport report = fixtures.asAdmin(() -> memberLists.check(csv));

        assertThat(report.rows()).extracting(MemberListReport.Row::number, MemberListReport.Row::cityCode).containsExactly(
                tuple(2, "430800"), tuple(3, null), tuple(4, "130700"));
        assertThat(errors(report, 3)).singleElement().asString().startsWith("城市名称“张家”对应多个城市：");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        byte[] csv = "姓名,手机\n张三,13900000000\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> fixtures.asAdmin(() -> memberLists.check(csv)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("memberList.error.noHeader"));
    }

    @Test
    void thePagesCheckTheUploadThenPreviewAndApplyTheValidRows() throws Exception {
        Cookie session = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        String csv = "城市,入会时间\n林州,2019-1-1\n卫辉,2019年2月1日\n";
        var page = mvc.perform(multipart("/admin/cities/members/import")
                        .file(new MockMultipartFile("file", "名单.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 行，其中 2 行正确")))
                .andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*name=\"importToken\" value=\"([^\"]+)\".*", "$1");

        var preview = mvc.perform(post("/admin/cities/bulk/preview").param("action", "IMPORT").param("importToken", token)
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("将变更 2 个城市，0 个城市不变。")))
                .andReturn().getResponse().getContentAsString();
        String fingerprint = preview.replaceAll("(?s).*name=\"fingerprint\" value=\"([^\"]+)\".*", "$1");

        mvc.perform(post("/admin/cities/bulk/apply").param("action", "IMPORT").param("importToken", token)
                        .param("fingerprint", fingerprint).cookie(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/cities/batches/*"));
        assertThat(summary("410581").memberSince()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(summary("410781").memberSince()).isEqualTo(LocalDate.of(2019, 2, 1));
        mvc.perform(post("/admin/cities/bulk/preview").param("action", "IMPORT").param("importToken", token)
                        .cookie(Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD)).with(csrf()))
                .andExpect(content().string(containsString("预览已过期，请重新上传文件。")));
    }

    private CitySummary summary(String code) {
        return fixtures.asAdmin(() -> directory.city(code)).summary();
    }

    private static List<String> errors(MemberListReport report, int row) {
        return report.rows().stream().filter(r -> r.number() == row).findFirst().orElseThrow().errors();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MemberListImportTests.class.getResourceAsStream("/member-lists/" + name)) {
            return in.readAllBytes();
        }
    }
}
