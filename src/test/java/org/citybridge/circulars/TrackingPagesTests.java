package org.citybridge.circulars;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tracking table of a circular to many cities comes a page at a time, with the filters and counts kept. */
@IntegrationTest
class TrackingPagesTests {

    private static final Pattern ROW = Pattern.compile("id=\"delivery-\\d+\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    JdbcClient jdbc;

    Cookie staff;
    long circular;
    List<String> cities;

    @BeforeEach
    void setUp() throws Exception {
        staff = Sessions.login(mvc, fixtures.account(Role.STAFF), Fixtures.PASSWORD);
        cities = jdbc.sql("SELECT code FROM city WHERE code LIKE '4%' ORDER BY code LIMIT 60").query(String.class).list();
        CircularDraft draft = new CircularDraft(CircularWorld.docNumber(), "关于报送城市更新案例的通知", Urgency.NORMAL, "<p>请报送。</p>",
                new Targets(TargetMode.PICKED, List.of(), null, null, cities), CircularWorld.attendanceForm(),
                Instant.now().plus(3, ChronoUnit.DAYS));
        circular = fixtures.asAdmin(() -> issuing.issueNew(draft, List.of())).circularId();
    }

    @Test
    void sixtyCitiesComeAsFiftyRowsThenTenWithTheCountOfAll() throws Exception {
        String first = page("");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("显示 60 个城市").contains("第 1 / 2 页，共 60 条");
        String second = page("?page=1");
        assertThat(rows(second)).isEqualTo(10);
        assertThat(second).contains("第 2 / 2 页，共 60 条");
        assertThat(rows(page("?page=99"))).as("a page past the end shows the last one").isEqualTo(10);
    }

    @Test
    void thePagerKeepsTheFilterAndTheExportStillHoldsEveryMatchingCity() throws Exception {
        String province = cities.get(0).substring(0, 2) + "0000";
        long inProvince = cities.stream().filter(c -> c.startsWith(province.substring(0, 2))).count();
        String filtered = page("?province=" + province);
        assertThat(rows(filtered)).isEqualTo((int) Math.min(50, inProvince));
        assertThat(filtered).contains("显示 " + inProvince + " 个城市");
        String fragment = mvc.perform(get("/admin/circulars/" + circular + "/tracking?page=1").header("HX-Request", "true").cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(fragment)).isEqualTo(10);
        assertThat(fragment).contains("page=0").doesNotContain("<html");
        byte[] export = mvc.perform(get("/admin/circulars/" + circular + "/tracking/export").cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a heading row and one row per city").isEqualTo(60);
        }
    }

    @Test
    void thePagerLinksCarryTheFilters() throws Exception {
        String html = mvc.perform(get("/admin/circulars/" + circular + "/tracking?status=UNREAD").cookie(staff))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("第 1 / 2 页").contains("status=UNREAD&amp;province=&amp;q=&amp;page=1");
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/circulars/" + circular + "/tracking" + query).cookie(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int rows(String html) {
        return (int) ROW.matcher(html).results().count();
    }
}
