package org.citybridge.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.citybridge.portal.PortalTesting;
import org.citybridge.support.IntegrationTest;
import java.util.List;
import java.util.stream.IntStream;

import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/** Every page with the public layout: the reader's 字号 and 高对比度, the whole column menu and the search box. */
@IntegrationTest
class PublicLayoutTests {

    private static final String SEARCH_BOX = "<form class=\"portal-search d-flex gap-1\" role=\"search\" method=\"get\" action=\"/search\"";
    private static final String SEARCH_LABEL = "<label class=\"visually-hidden\" for=\"portal-search-q\">搜索本站文章</label>";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ColumnAdministration columns;

    @Test
    void searchAndSignInHonourTheReadersTextSizeAndContrastAndShowTheWholeMenu() throws Exception {
        for (String page : new String[]{"/search", "/search?q=联络", "/login"}) {
            String html = mvc.perform(get(page).cookie(new Cookie(SitePreferences.SIZE_COOKIE, "large"),
                    new Cookie(SitePreferences.CONTRAST_COOKIE, "high"))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("class=\"font-large high-contrast\"")
                    .contains("href=\"/column/news\"", "href=\"/column/exchange\"", "href=\"/column/notices\"");
        }
        var chosen = mvc.perform(get("/login").param("size", "small")).andReturn().getResponse();
        assertThat(chosen.getContentAsString()).contains("class=\"font-small\"");
        assertThat(chosen.getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith(SitePreferences.SIZE_COOKIE + "=small"));
    }

    /** A menu long enough to fill the response buffer before the form: its token must not need a session by then. */
    @Test
    void theSignInFormCarriesItsTokenBelowALongColumnMenu() throws Exception {
        List<Long> made = fixtures.asAdmin(() -> IntStream.rangeClosed(1, 60)
                .mapToObj(n -> columns.create(new ColumnChange(null, "long-menu-" + n, "很长的栏目菜单之第" + n + "个栏目", null, true)))
                .toList());
        try {
            var page = mvc.perform(get("/login")).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("很长的栏目菜单之第60个栏目", "name=\"_csrf\"");
        } finally {
            fixtures.asAdmin(() -> {
                made.forEach(columns::delete);
                return null;
            });
        }
    }

    @Test
    void everyPublicPageHasALabelledSearchBox() throws Exception {
        long id = PortalTesting.publish(context, "搜索框测试", "<p>正文</p>");
        for (String page : new String[]{"/", "/column/news", "/article/" + id + ".html", "/search", "/login"}) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains(SEARCH_BOX, SEARCH_LABEL, "id=\"portal-search-q\" name=\"q\"");
        }
    }

    /** The error pages (Spring Boot's error controller) get the menu and the reader's settings too. */
    @Test
    void theErrorPageGetsTheMenuAndTheReadersSettings() throws Exception {
        var page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/column/no-such-column").param("size", "large")
                        .cookie(new Cookie(SitePreferences.CONTRAST_COOKIE, "high")))
                .andExpect(model().attribute("prefs", new SitePreferences("large", "high")))
                .andExpect(model().attributeExists("navigation"))
                .andReturn().getResponse();
        assertThat(page.getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith(SitePreferences.SIZE_COOKIE + "=large"));
    }

    @Test
    void theApiAndTheBackOfficeNeverSetTheReadersCookies() throws Exception {
        // the API's own size is a number: "large" is refused as a bad parameter, and is no font size either
        var badSize = mvc.perform(get("/api/v1/articles").param("size", "large")).andReturn().getResponse();
        assertThat(badSize.getStatus()).isEqualTo(400);
        assertThat(badSize.getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith(SitePreferences.SIZE_COOKIE + "="));
        for (String api : new String[]{"/api/v1/articles", "/api/v1/search?q=联络"}) {
            var answer = mvc.perform(get(api).param("contrast", "high")).andReturn().getResponse();
            assertThat(answer.getStatus()).as(api).isEqualTo(200);
            assertThat(answer.getHeaders("Set-Cookie")).as(api).noneMatch(c -> c.startsWith(SitePreferences.CONTRAST_COOKIE + "="));
        }
    }
}
