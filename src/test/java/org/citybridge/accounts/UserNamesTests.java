package org.citybridge.accounts;

import java.time.LocalDate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.platform.Dates;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People are shown by name, not by username (issue 9, missing). */
@IntegrationTest
class UserNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserNames userNames;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dates dates;

    @Test
    void aUserIsNamedByTheirPersonElseTheirDisplayNameElseAsGiven() throws Exception {
        long person = fixtures.person("冯联络员");
        fixtures.appoint("510500", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, "510500", null, person);
        String staff = fixtures.account(Role.STAFF);

        assertThat(userNames.of(liaison)).isEqualTo("冯联络员");
        assertThat(userNames.of("admin")).isEqualTo("系统管理员");
        assertThat(userNames.of("system")).isEqualTo("system");
        assertThat(userNames.of(null)).isEmpty();

        Cookie session = Sessions.login(mvc, liaison, Fixtures.PASSWORD);
        mvc.perform(get("/admin/account").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>冯联络员</span> · ")))
                .andExpect(content().string(not(containsString("<span>" + liaison + "</span>"))));
        mvc.perform(get("/admin").cookie(Sessions.login(mvc, staff, Fixtures.PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>" + staff + "</span> · ")));
    }

    @Test
    void theCircularsReaderAndReceiptSubmitterAreNamedOnThePagesAndInTheExport() throws Exception {
        String city = "510600";
        fixtures.member(city);
        long person = fixtures.person("陈回执人");
        fixtures.appoint(city, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, city, null, person);
        String issued = mvc.perform(post("/api/v1/circulars").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"docNumber": "名称〔2026〕%d号", "title": "显示姓名通知", "bodyHtml": "<p>请回执。</p>",
                                 "targets": {"mode": "PICKED", "cities": ["%s"]},
                                 "receiptForm": [{"label": "是否参会", "type": "SINGLE_CHOICE", "required": true, "options": ["参加", "不参加"]}],
                                 "deadline": "%s"}""".formatted(System.nanoTime() % 100000, city, dates.today().plusDays(20) + "T09:00:00Z")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long circular = Long.parseLong(issued.replaceAll("(?s).*\"circularId\"\\s*:\\s*(\\d+).*", "$1"));
        long delivery = jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :c").param("c", circular).query(Long.class).single();
        mvc.perform(post("/api/v1/deliveries/" + delivery + "/read").with(httpBasic(liaison, Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/deliveries/" + delivery + "/receipt").with(httpBasic(liaison, Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"f1\":\"参加\"}}")).andExpect(status().isOk());

        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(get("/admin/circulars/" + circular + "/tracking").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>陈回执人</span>")))
                .andExpect(content().string(not(containsString(liaison))));
        mvc.perform(get("/admin/inbox/" + delivery).cookie(Sessions.login(mvc, liaison, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("陈回执人 于 ")));
        byte[] export = mvc.perform(get("/admin/circulars/" + circular + "/tracking/export").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            List<String> cells = new ArrayList<>();
            book.getSheetAt(0).getRow(1).forEach(cell -> cells.add(cell.getStringCellValue()));
            assertThat(cells).contains("陈回执人").doesNotContain(liaison);
        }
    }

    @Test
    void theTrackingPageAndExportNameTheReadersOfManyCitiesEachRightly() throws Exception {
        List<String> cities = List.of("511300", "511400", "511500", "511600");
        List<String> names = List.of("甲读者", "乙读者", "丙读者", "丁读者");
        List<String> liaisons = new ArrayList<>();
        fixtures.member(cities.toArray(String[]::new));
        for (int i = 0; i < cities.size(); i++) {
            long person = fixtures.person(names.get(i));
            fixtures.appoint(cities.get(i), person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
            liaisons.add(fixtures.account(Role.LIAISON, cities.get(i), null, person));
        }
        String issued = mvc.perform(post("/api/v1/circulars").with(httpBasic("admin", Fixtures.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"docNumber": "批量〔2026〕%d号", "title": "批量姓名通知", "bodyHtml": "<p>请阅。</p>",
                                 "targets": {"mode": "PICKED", "cities": ["%s"]}, "deadline": "%s"}"""
                                .formatted(System.nanoTime() % 100000, String.join("\", \"", cities),
                                        dates.today().plusDays(20) + "T09:00:00Z")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long circular = Long.parseLong(issued.replaceAll("(?s).*\"circularId\"\\s*:\\s*(\\d+).*", "$1"));
        for (int i = 0; i < cities.size(); i++) {
            long delivery = jdbc.sql("SELECT id FROM circular_delivery WHERE circular_id = :c AND city_code = :city")
                    .param("c", circular).param("city", cities.get(i)).query(Long.class).single();
            mvc.perform(post("/api/v1/deliveries/" + delivery + "/read").with(httpBasic(liaisons.get(i), Fixtures.PASSWORD)))
                    .andExpect(status().isNoContent());
        }

        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        String page = mvc.perform(get("/admin/circulars/" + circular + "/tracking").cookie(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (int i = 0; i < cities.size(); i++) {
            String row = page.substring(page.indexOf("data-city=\"" + cities.get(i) + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains("<span>" + names.get(i) + "</span>").doesNotContain(liaisons.get(i));
        }
        byte[] export = mvc.perform(get("/admin/circulars/" + circular + "/tracking/export").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            List<String> rows = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> {
                StringBuilder cells = new StringBuilder();
                row.forEach(cell -> cells.append(cell.toString()).append('|'));
                rows.add(cells.toString());
            });
            for (int i = 0; i < cities.size(); i++) {
                String name = names.get(i);
                assertThat(rows).filteredOn(r -> r.contains(name)).hasSize(1);
            }
            assertThat(String.join("", rows)).doesNotContain(liaisons.get(0));
        }
    }
}
