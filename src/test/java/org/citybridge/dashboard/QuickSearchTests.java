package org.citybridge.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.citybridge.circulars.CircularsApi;
import org.citybridge.circulars.NewCircular;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.domain.ReportInput;
import org.citybridge.submissions.domain.SubmissionWriting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;
import org.citybridge.tasks.domain.TaskAssigning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quick search finds cities (by name, code or liaison), people, circulars, tasks and reports by a part of their
 * Chinese names, grouped by kind, each only as far as the user may see it: a coordinator of Henan nothing of
 * Shandong's, a liaison nothing at all.
 */
@IntegrationTest
class QuickSearchTests {

    private static final String LUOYANG = "410300";
    private static final String BENGBU = "340300";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularsApi circulars;
    @Autowired
    TaskAssigning tasks;
    @Autowired
    SubmissionWriting reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static String luoyangMobile;

    @BeforeEach
    void world() {
        if (luoyangMobile != null) {
            return;
        }
        long luoyang = liaison("快搜洛阳联络员", LUOYANG);
        long qingdao = liaison("快搜蚌埠联络员", BENGBU);
        for (String city : List.of(LUOYANG, BENGBU)) {
            String name = city.equals(LUOYANG) ? "洛阳" : "蚌埠";
            fixtures.asAdmin(() -> circulars.issue(new NewCircular("快搜〔" + city + "〕号", "关于" + name + "快搜专项工作的通知",
                    "<p>通知</p>", new Targets(TargetMode.PICKED, List.of(), null, null, List.of(city)),
                    clock.instant().plusSeconds(86400), "/admin/tasks")));
            fixtures.asAdmin(() -> tasks.assign(new NewTask(name + "快搜交办事项", "<p>请办理</p>", TaskPriority.NORMAL,
                    LocalDate.now(clock).plusDays(10), List.of(city), List.of()), List.of()));
            long person = city.equals(LUOYANG) ? luoyang : qingdao;
            Actor writer = new Actor(fixtures.account(Role.LIAISON, city, city.substring(0, 2) + "0000", person), Role.LIAISON, city,
                    city.substring(0, 2) + "0000", person);
            Fixtures.as(writer, () -> reports.create(new ReportInput(name + "快搜报送信息", SubmissionKind.CITY_NEWS, "<p>信息</p>"),
                    true, List.of()));
        }
        // a number of its own: other tests make thousands of people with numbered mobiles in the shared database
        luoyangMobile = "19955501234";
        jdbc.sql("UPDATE person SET mobile = :mobile WHERE id = :id").param("mobile", luoyangMobile).param("id", luoyang).update();
    }

    @Test
    void theSecretariatFindsEveryKindByAPartOfItsName() throws Exception {
        Document page = page("admin", Fixtures.ADMIN_PASSWORD, "快搜");

        assertThat(page.select("section[data-kind] h2").eachText()).containsExactly("城市", "人员", "通知", "交办事项", "信息报送");
        assertThat(links(page, "search.quick.cities")).as("through their liaisons' names").containsExactly("蚌埠市", "洛阳市");
        assertThat(links(page, "search.quick.people")).containsExactly("快搜洛阳联络员", "快搜蚌埠联络员");
        assertThat(links(page, "search.quick.circulars")).contains("关于洛阳快搜专项工作的通知", "关于蚌埠快搜专项工作的通知");
        assertThat(links(page, "search.quick.tasks")).contains("洛阳快搜交办事项", "蚌埠快搜交办事项");
        assertThat(links(page, "search.quick.submissions")).contains("洛阳快搜报送信息", "蚌埠快搜报送信息");
        assertThat(page.select("section[data-kind=search.quick.tasks] a").first().attr("href")).matches("/admin/tasks/\\d+");

        Document cities = page("admin", Fixtures.ADMIN_PASSWORD, "洛阳");
        assertThat(links(cities, "search.quick.cities")).containsExactly("洛阳市");
        assertThat(cities.select("section[data-kind=search.quick.cities] a").attr("href")).isEqualTo("/admin/cities/" + LUOYANG);
    }

    @Test
    void aPersonIsFoundByTheirMobile() throws Exception {
        assertThat(links(page("admin", Fixtures.ADMIN_PASSWORD, luoyangMobile.substring(3)), "search.quick.people"))
                .containsExactly("快搜洛阳联络员");
        String spaced = luoyangMobile.substring(0, 3) + " " + luoyangMobile.substring(3, 7) + " " + luoyangMobile.substring(7);
        String dashed = luoyangMobile.substring(0, 3) + "-" + luoyangMobile.substring(3, 7) + "-" + luoyangMobile.substring(7);
        assertThat(links(page("admin", Fixtures.ADMIN_PASSWORD, spaced), "search.quick.people")).as("typed with spaces")
                .containsExactly("快搜洛阳联络员");
        assertThat(links(page(fixtures.account(Role.PROVINCE, null, "410000", null), Fixtures.PASSWORD, dashed), "search.quick.people"))
                .as("typed with dashes, by a coordinator").containsExactly("快搜洛阳联络员");
        assertThat(page("admin", Fixtures.ADMIN_PASSWORD, "%").select("section[data-kind=search.quick.people] a"))
                .as("a sign typed matches only itself").isEmpty();
    }

    @Test
    void aCoordinatorFindsOnlyTheirProvincesThings() throws Exception {
        String coordinator = fixtures.account(Role.PROVINCE, null, "410000", null);

        Document page = page(coordinator, Fixtures.PASSWORD, "快搜");

        assertThat(page.text()).contains("快搜洛阳联络员", "关于洛阳快搜专项工作的通知", "洛阳快搜交办事项", "洛阳快搜报送信息")
                .doesNotContain("蚌埠");
        assertThat(page("admin", Fixtures.ADMIN_PASSWORD, "蚌埠").text()).contains("蚌埠市");
        assertThat(page(coordinator, Fixtures.PASSWORD, "蚌埠").select("#search-none").text()).isEqualTo("没有找到与“蚌埠”相关的内容。");
    }

    @Test
    void theSuggestionsAreAListboxOfAtMostFiveOfEachKind() throws Exception {
        Cookie session = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);

        String html = mvc.perform(get("/admin/search/suggestions").param("q", " 快搜 ").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document answer = Jsoup.parseBodyFragment(html);
        assertThat(html).doesNotContain("<html", "sidebar");
        assertThat(answer.select("[data-quick-search-answer]").attr("data-count")).isEqualTo("10");
        assertThat(answer.select("[role=group]").eachAttr("aria-label")).containsExactly("城市", "人员", "通知", "交办事项", "信息报送");
        assertThat(answer.select("[role=option]")).allSatisfy(option -> assertThat(option.attr("data-href")).startsWith("/admin/"));
        assertThat(answer.select("[role=option]").last().attr("data-href")).isEqualTo("/admin/search?q=%E5%BF%AB%E6%90%9C");
    }

    @Test
    void liaisonsHaveNoQuickSearch() throws Exception {
        long person = liaison("快搜无权联络员", LUOYANG);
        Cookie session = Sessions.login(mvc, fixtures.account(Role.LIAISON, LUOYANG, "410000", person), Fixtures.PASSWORD);

        mvc.perform(get("/admin/search").param("q", "快搜").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/search/suggestions").param("q", "快搜").cookie(session)).andExpect(status().isForbidden());
        String home = mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("id=\"quick-search\"");
    }

    private long liaison(String name, String city) {
        long person = fixtures.person(name);
        fixtures.appoint(city, person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        return person;
    }

    private Document page(String username, String password, String q) throws Exception {
        Cookie session = Sessions.login(mvc, username, password);
        return Jsoup.parse(mvc.perform(get("/admin/search").param("q", q).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> links(Document page, String kind) {
        return page.select("section[data-kind=" + kind + "] a").eachText();
    }
}
