package org.citybridge.platform.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.citybridge.platform.assets.Assets;
import org.citybridge.portal.PortalTesting;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The back office's pages in the shell: the sidebar marks where the page lies, the breadcrumbs end with its title. */
@IntegrationTest
class BackOfficeShellTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Assets assets;
    @Autowired
    ApplicationContext context;

    @Test
    void aCityPageLiesInTheDirectoryUnderTheCityList() throws Exception {
        Document page = page("/admin/cities/510100", null);

        assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("工作台", "名录", "城市名录", "成都市");
        assertThat(page.select("#breadcrumbs li").last().attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#nav-cities").attr("aria-current")).isEqualTo("true");
        assertThat(page.select("#sidebar-nav [aria-current]")).hasSize(1);
    }

    @Test
    void aSectionsOwnPageIsTheLastCrumbAndTheCurrentLink() throws Exception {
        Document page = page("/admin/cities", null);

        assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("工作台", "名录", "城市名录");
        assertThat(page.select("#nav-cities").attr("aria-current")).isEqualTo("page");
        assertThat(page.select(".shell-group-label").eachText()).containsExactly("名录", "通知与任务", "信息与门户", "会议", "考评", "系统");
    }

    @Test
    void aPageHasOneTrailOfBreadcrumbsTheShellsEndingWithItsOwnTitle() throws Exception {
        Document page = page("/admin/circulars/new", null);

        assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("工作台", "通知与任务", "通知", "起草通知");
        assertThat(page.select(".breadcrumb")).as("no second trail in the page").hasSize(1);
    }

    @Test
    void aPageDeeperThanItsSectionPutsWhatLiesBetweenIntoTheShellsTrail() throws Exception {
        long article = PortalTesting.publish(context, "面包屑稿件", "<p>正文</p>");

        Document page = page("/admin/portal/articles/" + article + "/history", null);

        assertThat(page.select("#breadcrumbs li").eachText()).startsWith("工作台", "信息与门户", "门户网站", "面包屑稿件");
        assertThat(page.select("#breadcrumbs li").get(3).select("a").attr("href")).isEqualTo("/admin/portal/articles/" + article + "/edit");
        assertThat(page.select("#breadcrumbs li")).hasSize(5);
        assertThat(page.select(".breadcrumb")).hasSize(1);
    }

    @Test
    void theShellSpeaksEnglishToAnEnglishReader() throws Exception {
        Document page = page("/admin/audit", new Cookie("citybridge-lang", "en"));

        assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("Dashboard", "System", "Audit log");
        assertThat(page.select("#lang-switch").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void theDashboardHasNoBreadcrumbs() throws Exception {
        Document page = page("/admin", null);

        assertThat(page.select("#breadcrumbs")).isEmpty();
        assertThat(page.select("#nav-dashboard").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void aServerErrorIsShownInTheShellOnTheBackOfficeAndInThePortalsLayoutElsewhere() throws Exception {
        Cookie session = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        var failed = mvc.perform(get("/error").cookie(session).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/tasks/7"))
                .andReturn().getResponse();
        Document page = Jsoup.parse(failed.getContentAsString());

        assertThat(failed.getStatus()).isEqualTo(500);
        assertThat(page.select("#error-title").text()).isEqualTo("服务器出错");
        assertThat(page.select("#breadcrumbs li").eachText()).containsExactly("工作台", "通知与任务", "交办事项", "出错了");
        assertThat(page.select("#nav-tasks").attr("aria-current")).isEqualTo("true");

        Document portal = Jsoup.parse(mvc.perform(get("/error").accept(MediaType.TEXT_HTML).cookie(new Cookie("citybridge-lang", "en"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/column/news"))
                .andReturn().getResponse().getContentAsString());
        assertThat(portal.select("#error-title").text()).isEqualTo("Server error");
        assertThat(portal.select("#sidebar")).isEmpty();
        assertThat(portal.select("link[href='" + assets.of("/css/portal.css") + "']")).hasSize(1);
    }

    private Document page(String path, Cookie language) throws Exception {
        Cookie session = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        var request = get(path).cookie(session);
        if (language != null) {
            request.cookie(session, language);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
