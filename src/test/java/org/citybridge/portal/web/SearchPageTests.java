package org.citybridge.portal.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.citybridge.portal.PortalTesting;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.JobPages;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SearchPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;

    @Test
    void thePublicPageShowsMarkedResultsAndEscapesWhatReadersType() throws Exception {
        long id = PortalTesting.publish(context, "乌鲁木齐市联络工作", "<p>乌鲁木齐市联络员工作会议 &lt;script&gt;alert(1)&lt;/script&gt;</p>");

        mvc.perform(get("/search").param("q", "乌鲁木齐"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共找到 1 条结果")))
                .andExpect(content().string(containsString("<em>乌鲁木齐</em>市")))
                .andExpect(content().string(containsString("/article/" + id + ".html")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));

        mvc.perform(get("/search").param("q", "<img src=x onerror=alert(1)>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));

        mvc.perform(get("/search").param("q", "饕餮麤靐").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有找到")));
        mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(containsString("请输入")));
    }

    @Test
    void theApiAnswersJsonToAnyone() throws Exception {
        long id = PortalTesting.publish(context, "喀什地区城市更新", "<p>喀什地区城市更新行动</p>");
        mvc.perform(get("/api/v1/search").param("q", "喀什"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(id))
                .andExpect(jsonPath("$.hits[0].titleHtml").value("<em>喀什</em>地区城市更新"))
                .andExpect(jsonPath("$.hits[0].url").value("/article/" + id + ".html"));
        mvc.perform(get("/api/v1/articles").param("q", "城市更新行"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].snippetHtml").exists());
    }

    /** The highlighter's fallback for a field without the term (title here, body there) once came back raw. */
    @Test
    void markupInAFieldWithoutTheTermComesBackEscapedOnThePageAndInBothApis() throws Exception {
        long inBody = PortalTesting.publish(context, "<b id=x style=\"color:red\">加粗标题</b><meta http-equiv=refresh content=0>",
                "<p>瓦房店市联络工作</p>");
        long inTitle = PortalTesting.publish(context, "阿拉善盟会议",
                "<p>&lt;b id=y&gt;正文加粗&lt;/b&gt;&lt;meta http-equiv=refresh content=0&gt;</p>");

        mvc.perform(get("/search").param("q", "瓦房店"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/article/" + inBody + ".html")))
                .andExpect(content().string(containsString("&lt;b id=x style=&quot;color:red&quot;&gt;加粗标题&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b id=x"))))
                .andExpect(content().string(not(containsString("<meta http-equiv"))));
        mvc.perform(get("/search").param("q", "阿拉善"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<em>阿拉善</em>盟会议")))
                .andExpect(content().string(containsString("&lt;b id=y&gt;正文加粗&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b id=y"))))
                .andExpect(content().string(not(containsString("<meta http-equiv"))));

        mvc.perform(get("/api/v1/search").param("q", "瓦房店"))
                .andExpect(jsonPath("$.hits[?(@.id == " + inBody + ")].titleHtml")
                        .value("&lt;b id=x style=&quot;color:red&quot;&gt;加粗标题&lt;/b&gt;&lt;meta http-equiv=refresh content=0&gt;"))
                .andExpect(jsonPath("$.hits[?(@.id == " + inBody + ")].snippetHtml").value("<em>瓦房店</em>市联络工作"));
        mvc.perform(get("/api/v1/search").param("q", "阿拉善"))
                .andExpect(jsonPath("$.hits[?(@.id == " + inTitle + ")].snippetHtml")
                        .value("&lt;b id=y&gt;正文加粗&lt;/b&gt;&lt;meta http-equiv=refresh content=0&gt;"));
        mvc.perform(get("/api/v1/articles").param("q", "阿拉善"))
                .andExpect(jsonPath("$.items[?(@.id == " + inTitle + ")].snippetHtml")
                        .value("&lt;b id=y&gt;正文加粗&lt;/b&gt;&lt;meta http-equiv=refresh content=0&gt;"));
        mvc.perform(get("/api/v1/articles").param("q", "瓦房店"))
                .andExpect(jsonPath("$.items[?(@.id == " + inBody + ")].snippetHtml").value("<em>瓦房店</em>市联络工作"));
    }

    @Test
    void signsAloneSearchForNothingAndAskForWords() throws Exception {
        PortalTesting.publish(context, "符号测试文章", "<p>百分号 % 与斜杠 / 的文章</p>");
        for (String signs : new String[]{"*", "?", "%", "/", "\\", " * ? ", "、。"}) {
            mvc.perform(get("/search").param("q", signs))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请输入要搜索的关键词。")))
                    .andExpect(content().string(not(containsString("search-results"))));
            mvc.perform(get("/api/v1/search").param("q", signs))
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.hits.length()").value(0));
        }
    }

    @Test
    void wordsTypedWithoutSpacesAreEachFoundAnywhere() throws Exception {
        long id = PortalTesting.publish(context, "深圳市联络处简报", "<p>本周召开了专题讨论会。</p>");
        for (String q : new String[]{"深圳 讨论", "深圳讨论"}) {
            mvc.perform(get("/api/v1/search").param("q", q).param("size", "50"))
                    .andExpect(jsonPath("$.hits[?(@.id == " + id + ")]").exists());
        }
        mvc.perform(get("/api/v1/search").param("q", "深圳讨论饕餮").param("size", "50"))
                .andExpect(jsonPath("$.hits[?(@.id == " + id + ")]").doesNotExist());
    }

    @Test
    void reversedDatesAreNamedOnThePageAndRefusedByTheApi() throws Exception {
        PortalTesting.publish(context, "日期测试文章", "<p>日期测试</p>");
        mvc.perform(get("/search").param("q", "日期测试").param("from", "2026-03-02").param("to", "2026-03-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始日期（2026-03-02）晚于结束日期（2026-03-01）")))
                .andExpect(content().string(not(containsString("没有找到"))));
        mvc.perform(get("/api/v1/search").param("q", "日期测试").param("from", "2026-03-02").param("to", "2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.detail").value(containsString("晚于结束日期")));
    }

    @Test
    void englishCountsAreSingularOrPlural() throws Exception {
        PortalTesting.publish(context, "伊宁市简报", "<p>伊宁市</p>");
        mvc.perform(get("/search").param("q", "伊宁").cookie(new Cookie("citybridge-lang", "en")))
                .andExpect(content().string(containsString("1 result found")));
        PortalTesting.publish(context, "伊宁市第二期", "<p>伊宁市</p>");
        mvc.perform(get("/search").param("q", "伊宁").cookie(new Cookie("citybridge-lang", "en")))
                .andExpect(content().string(containsString("2 results found")));
        Locale en = Locale.ENGLISH;
        assertThat(context.getMessage("column.error.hasArticles", new Object[]{"News", 1L}, en))
                .contains("still holds 1 article and cannot be deleted; move it to");
        assertThat(context.getMessage("column.error.hasArticles", new Object[]{"News", 3L}, en))
                .contains("still holds 3 articles and cannot be deleted; move them to");
        assertThat(context.getMessage("column.error.hasChildren", new Object[]{"News", 1L}, en))
                .contains("1 sub-section and cannot be deleted; move or delete it first");
        assertThat(context.getMessage("search.rebuilt", new Object[]{1L}, en))
                .isEqualTo("Search index rebuilt: 1 article.");
    }

    @Test
    void onlyAnAdministratorRebuildsTheIndex() throws Exception {
        mvc.perform(post("/admin/portal/search/rebuild").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login*"));
        for (Role role : new Role[]{Role.STAFF, Role.EDITOR}) {
            Cookie session = Sessions.login(mvc, fixtures.account(role), Fixtures.PASSWORD);
            mvc.perform(post("/admin/portal/search/rebuild").with(csrf()).cookie(session)).andExpect(status().isForbidden());
        }
        Cookie admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        mvc.perform(post("/admin/portal/search/rebuild").cookie(admin)).andExpect(status().isForbidden());
        String job = mvc.perform(post("/admin/portal/search/rebuild").with(csrf()).cookie(admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/jobs/*")).andReturn().getResponse().getRedirectedUrl();
        // done before the next test writes articles: one written while a rebuild runs may be indexed twice
        JobPages.waitFor(mvc, admin, job, "搜索索引已重建");
    }
}
