package org.citybridge.portal;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.citybridge.files.Upload;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.domain.SiteAdministration;
import org.citybridge.portal.domain.SiteSettings;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolations;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The conventions of Chinese government sites on the public pages: the site's settings (administrators only) in the
 * footer and the page metadata, the favicon, the reader's site map, the numbered pager with its jump box, the picture
 * news with the covers' own text, and the print note. The settings are put back after each test.
 */
@IntegrationTest
class SiteConventionsTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    SiteAdministration site;
    @Autowired
    PortalMedia media;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    private static Cookie admin;
    private PortalWorld world;
    private SiteSettings original;

    @BeforeEach
    void setUp() throws Exception {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        if (admin == null) {
            admin = Sessions.login(mvc, "admin", Fixtures.ADMIN_PASSWORD);
        }
        original = fixtures.asAdmin(site::settings);
    }

    @AfterEach
    void putTheSettingsBack() {
        fixtures.asAdmin(() -> {
            site.update(original, null, original.faviconFileId() == null);
            return null;
        });
    }

    private static MockMultipartHttpServletRequestBuilder settingsForm(String name) {
        return settingsForm(name, Map.of());
    }

    /** The settings form filled in as an administrator would, with {@code changed} fields typed otherwise. */
    private static MockMultipartHttpServletRequestBuilder settingsForm(String name, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("nameEn", "Test Association");
        fields.put("domain", "www.example.org.cn");
        fields.put("siteCode", "1100000088");
        fields.put("icpNumber", "京ICP备12345678号-1");
        fields.put("icpLink", "");
        fields.put("policeNumber", "京公网安备 11010502030143号");
        fields.put("policeLink", "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143");
        fields.put("sponsor", "测试主办单位");
        fields.put("organiser", "测试承办单位");
        fields.put("address", "北京市东城区测试路1号");
        fields.put("phone", "010-12345678");
        fields.put("email", "office@example.org.cn");
        fields.putAll(changed);
        MockMultipartHttpServletRequestBuilder form = multipart("/admin/portal/site");
        fields.forEach(form::param);
        form.with(csrf());
        return form;
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("head meta[name=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    private long columnUnderExchange(String name, boolean visible) {
        String slug = "conv-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        return columnUnder(world.columnId("exchange"), slug, name, visible);
    }

    private long columnUnder(long parent, String slug, String name, boolean visible) {
        return fixtures.asAdmin(() -> columns.create(new ColumnChange(parent, slug, name, "说明" + name, visible)));
    }

    private String slugOf(long columnId) {
        return jdbc.sql("SELECT slug FROM portal_column WHERE id = :id").param("id", columnId).query(String.class).single();
    }

    private long liveWithCover(String title, String coverAlt) {
        ArticleDraft draft = world.draft("liaison-work", title, "<p>正文" + title + "</p>", null, null);
        ArticleDraft withAlt = new ArticleDraft(draft.columnId(), title, draft.subtitle(), draft.source(), draft.author(),
                draft.summary(), draft.keywords(), draft.bodyHtml(), null, coverAlt, null, null, List.of());
        long id = fixtures.asAdmin(() -> editing.create(withAlt, new Upload("cover.png", PortalWorld.PNG), List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    @Test
    void theAdministratorsSettingsShowInTheFooterAndTheMetadataOfEveryPageAtOnceAndAreAudited() throws Exception {
        String name = "测试协会" + SEQUENCE.incrementAndGet();
        var saved = mvc.perform(settingsForm(name).cookie(admin)).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/portal/site");

        Document home = page("/");
        assertThat(meta(home, "SiteName")).isEqualTo(name);
        assertThat(meta(home, "SiteDomain")).isEqualTo("www.example.org.cn");
        assertThat(meta(home, "SiteIDCode")).isEqualTo("1100000088");
        assertThat(home.title()).isEqualTo(name);
        assertThat(home.selectFirst(".portal-brand").text()).isEqualTo(name);
        Element footer = home.selectFirst("footer.portal-footer");
        assertThat(footer.text()).contains("主办单位：测试主办单位", "承办单位：测试承办单位", "版权所有：" + name,
                "地址：北京市东城区测试路1号", "电话：010-12345678", "office@example.org.cn", "网站标识码：1100000088");
        assertThat(footer.selectFirst("a:containsOwn(京ICP备12345678号-1)").attr("href")).as("the ICP link by default")
                .isEqualTo("https://beian.miit.gov.cn/");
        assertThat(footer.selectFirst("a:containsOwn(京公网安备 11010502030143号)").attr("href"))
                .isEqualTo("https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143");
        assertThat(footer.selectFirst("a:containsOwn(网站地图)").attr("href")).isEqualTo("/sitemap.html");
        assertThat(footer.selectFirst("a[href^=mailto:]").attr("href")).isEqualTo("mailto:office@example.org.cn");

        Document english = Jsoup.parse(mvc.perform(get("/search").param("lang", "en")).andReturn().getResponse().getContentAsString());
        assertThat(english.selectFirst(".portal-brand").text()).isEqualTo("Test Association");
        assertThat(meta(english, "SiteName")).as("the metadata name is the Chinese one").isEqualTo(name);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_log WHERE entity_type = 'site_settings' AND action = 'site.update'
                          AND after ->> 'name' = :name AND actor = 'admin'""")
                .param("name", name).query(Long.class).single()).isEqualTo(1);
        String audit = mvc.perform(get("/admin/audit").param("entityType", "site_settings").cookie(admin)).andReturn()
                .getResponse().getContentAsString();
        assertThat(audit).contains("修改网站设置", "网站标识码", "1100000088");
    }

    @Test
    void theFormRefusesBadValuesOnTheirFieldsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var response = mvc.perform(settingsForm(" ", Map.of("domain", "https://www.example.org.cn/path",
                        "siteCode", "11-00", "icpLink", "javascript:alert(1)", "phone", "电话号码", "email", "not-an-address",
                        "policeNumber", "")).cookie(admin))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document form = Jsoup.parse(response.getContentAsString());
        assertThat(form.selectFirst("#site-name-error").text()).isEqualTo("请填写网站名称。");
        assertThat(form.selectFirst("#site-domain-error").text()).contains("请只填写域名");
        assertThat(form.selectFirst("#site-siteCode-error").text()).contains("6 到 20 位字母或数字");
        assertThat(form.selectFirst("#site-icpLink-error").text()).contains("http:// 或 https://");
        assertThat(form.selectFirst("#site-phone-error").text()).contains("电话只能包含数字");
        assertThat(form.selectFirst("#site-email-error").text()).contains("有效的邮箱地址");
        assertThat(form.selectFirst("#site-policeNumber-error").text()).contains("请同时填写备案号");
        assertThat(form.selectFirst("#site-domain").val()).isEqualTo("https://www.example.org.cn/path");
        assertThat(form.selectFirst("#site-sponsor").val()).isEqualTo("测试主办单位");
        assertThat(form.select("input.is-invalid")).hasSize(7);

        assertThat(fixtures.asAdmin(site::settings)).isEqualTo(original);
        assertThat(meta(page("/"), "SiteName")).isEqualTo(original.name());
    }

    @Test
    void onlyAdministratorsOpenOrChangeTheSettings() throws Exception {
        assertThat(mvc.perform(get("/admin/portal/site").cookie(admin)).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (Role role : List.of(Role.STAFF, Role.EDITOR)) {
            Cookie session = Sessions.login(mvc, fixtures.account(role), Fixtures.PASSWORD);
            assertThat(mvc.perform(get("/admin/portal/site").cookie(session)).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
            assertThat(mvc.perform(settingsForm("篡改" + role).cookie(session)).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/admin/portal/site")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(fixtures.asAdmin(site::settings)).isEqualTo(original);
    }

    @Test
    void theFaviconIsTheShippedOneUntilAPictureIsUploadedAndBrowsersMayKeepIt() throws Exception {
        MockHttpServletResponse shipped = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(shipped.getStatus()).isEqualTo(200);
        assertThat(shipped.getContentType()).isEqualTo("image/x-icon");
        assertThat(shipped.getHeader("Cache-Control")).contains("max-age=86400", "public");
        byte[] icon = shipped.getContentAsByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0);
        assertThat(mvc.perform(get("/favicon.ico").header("If-None-Match", shipped.getHeader("ETag"))).andReturn()
                .getResponse().getStatus()).isEqualTo(304);
        assertThat(page("/").selectFirst("link[rel=icon]").attr("href")).isEqualTo("/favicon.ico?v=default");

        var refused = mvc.perform(settingsForm(original.name())
                        .file(new MockMultipartFile("favicon", "icon.png", "image/png", "not a picture".getBytes())).cookie(admin))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("icon.png");
        assertThat(fixtures.asAdmin(site::settings).faviconFileId()).isNull();

        assertThat(mvc.perform(settingsForm(original.name())
                        .file(new MockMultipartFile("favicon", "icon.png", "image/png", PortalWorld.PNG)).cookie(admin))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        UUID uploaded = fixtures.asAdmin(site::settings).faviconFileId();
        assertThat(uploaded).isNotNull();
        MockHttpServletResponse mine = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(mine.getContentType()).isEqualTo("image/png");
        assertThat(mine.getContentAsByteArray()).isEqualTo(PortalWorld.PNG);
        assertThat(mine.getHeader("ETag")).isNotEqualTo(shipped.getHeader("ETag"));
        assertThat(page("/").selectFirst("link[rel=icon]").attr("href"))
                .isEqualTo("/favicon.ico?v=" + uploaded.toString().substring(0, 8));
    }

    @Test
    void columnAndArticlePagesCarryTheGovernmentMetadataEscapedAndWithoutEmptyValues() throws Exception {
        String title = PortalWorld.title("联络\"工作\"<会议>&");
        long id = liveWithCover(title, "会场全景");
        UUID cover = jdbc.sql("SELECT cover_file_id FROM article WHERE id = :id").param("id", id).query(UUID.class).single();

        Document article = page("/article/" + id + ".html");
        assertThat(meta(article, "SiteName")).isEqualTo(original.name());
        assertThat(meta(article, "ColumnName")).isEqualTo("联络工作");
        assertThat(meta(article, "ColumnType")).isEqualTo("城市交流");
        assertThat(meta(article, "ColumnKeywords")).isEqualTo("城市交流,联络工作");
        assertThat(meta(article, "ArticleTitle")).isEqualTo(title);
        assertThat(meta(article, "PubDate")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(meta(article, "ContentSource")).isEqualTo("内江市人民政府办公室");
        assertThat(meta(article, "Keywords")).isEqualTo("联络工作,城市交流");
        assertThat(meta(article, "Author")).isEqualTo("张三");
        assertThat(meta(article, "Description")).isEqualTo("摘要：" + title);
        assertThat(meta(article, "Image")).isEqualTo("http://localhost:8080/media/" + cover);
        assertThat(meta(article, "Url")).isEqualTo("http://localhost:8080/article/" + id + ".html");
        assertThat(article.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(meta(article, "Url"));
        assertThat(article.outerHtml()).doesNotContain("content=\"联络\"工作");

        long plain = PortalTesting.publish(context, PortalWorld.title("没有作者的文章"), "<p>只有正文。</p>");
        Document bare = page("/article/" + plain + ".html");
        assertThat(meta(bare, "Description")).isEqualTo("只有正文。");
        for (String absent : List.of("Author", "ContentSource", "Keywords", "Image")) {
            assertThat(bare.select("head meta[name=" + absent + "]")).as(absent).isEmpty();
        }
        assertThat(bare.select("head meta[content='']")).isEmpty();

        long parent = columnUnderExchange("元数据栏目", true);
        long child = columnUnder(parent, slugOf(parent) + "-c", "元数据子栏目", true);
        Document column = page("/column/" + slugOf(child));
        assertThat(meta(column, "ColumnName")).isEqualTo("元数据子栏目");
        assertThat(meta(column, "ColumnType")).isEqualTo("城市交流");
        assertThat(meta(column, "ColumnKeywords")).isEqualTo("城市交流,元数据栏目,元数据子栏目");
        assertThat(meta(column, "Description")).isEqualTo("说明元数据子栏目");
        assertThat(meta(column, "Url")).isEqualTo("http://localhost:8080/column/" + slugOf(child));
        assertThat(column.select("head meta[name=ArticleTitle], head meta[name=PubDate]")).isEmpty();

        Document home = page("/");
        assertThat(meta(home, "SiteName")).isEqualTo(original.name());
        assertThat(home.select("head meta[name=ColumnName], head meta[name=ArticleTitle]")).isEmpty();
    }

    @Test
    void theSiteMapShowsEveryVisibleColumnAsATreeAndTheMainPages() throws Exception {
        long parent = columnUnderExchange("地图父栏目", true);
        String parentSlug = slugOf(parent);
        columnUnder(parent, parentSlug + "-shown", "地图子栏目", true);
        columnUnder(parent, parentSlug + "-hidden", "地图隐藏栏目", false);
        long hidden = columnUnderExchange("地图隐藏父栏目", false);
        columnUnder(hidden, slugOf(hidden) + "-orphan", "隐藏栏目下的子栏目", true);

        Document map = page("/sitemap.html");
        assertThat(map.title()).startsWith("网站地图");
        Element exchange = map.selectFirst("#main .portal-sitemap-tree > li:has(> a[href=/column/exchange])");
        Element parentItem = exchange.selectFirst("li:has(> a[href=/column/" + parentSlug + "])");
        assertThat(parentItem.selectFirst("> ul > li > a").text()).isEqualTo("地图子栏目");
        assertThat(parentItem.selectFirst("> ul > li > a").attr("href")).isEqualTo("/column/" + parentSlug + "-shown");
        assertThat(map.text()).doesNotContain("地图隐藏栏目", "地图隐藏父栏目");
        assertThat(exchange.select("> ul > li > a:containsOwn(隐藏栏目下的子栏目)")).as("under its nearest visible column")
                .hasSize(1);
        assertThat(map.select("#main a[href=/]")).isNotEmpty();
        assertThat(map.select("#main a[href=/search]")).hasSize(1);
        assertThat(map.select("#main a[href=/sitemap.xml]")).hasSize(1);
        assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
                .contains("/column/" + parentSlug + "</loc>");
    }

    @Test
    void columnPagesAndSearchNumberTheirPagesAndTheJumpBoxStaysWithinThem() throws Exception {
        long column = columnUnderExchange("分页栏目", true);
        String word = "阿勒泰分页" + SEQUENCE.incrementAndGet();
        for (int i = 1; i <= 45; i++) {
            PortalTesting.publish(context, PortalTesting.draft(column, word + "简报第" + i + "期", "<p>简报</p>", null, null));
        }
        String path = "/column/" + slugOf(column);

        Document second = page(path + "?page=2");
        Element pager = second.selectFirst("nav.portal-pager[aria-label=分页]");
        assertThat(pager.select(".pagination a, .pagination span").eachText())
                .containsExactly("首页", "上一页", "1", "2", "3", "下一页", "尾页");
        assertThat(pager.selectFirst("a[aria-current=page]").text()).isEqualTo("2");
        assertThat(pager.selectFirst("a:containsOwn(首页)").attr("href")).isEqualTo(path);
        assertThat(pager.selectFirst("a:containsOwn(尾页)").attr("href")).isEqualTo(path + "?page=3");
        assertThat(pager.selectFirst("a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(pager.text()).contains("第 2 页，共 3 页（45 条）");
        Element jump = pager.selectFirst("form.portal-pager-jump");
        assertThat(jump.attr("method")).isEqualTo("get");
        assertThat(jump.attr("action")).isEqualTo(path);
        assertThat(jump.selectFirst("label[for=pager-jump]").text()).isEqualTo("跳转到第");
        assertThat(jump.selectFirst("#pager-jump").attr("name")).isEqualTo("jump");

        Document first = page(path);
        assertThat(first.select("nav.portal-pager span[aria-disabled=true]").eachText()).containsExactly("首页", "上一页");
        assertThat(mvc.perform(get(path).param("jump", "99")).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path + "?page=3");
        assertThat(mvc.perform(get(path).param("jump", "2")).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path + "?page=2");
        assertThat(mvc.perform(get(path).param("jump", "0")).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(mvc.perform(get(path).param("jump", "第三页")).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(mvc.perform(get(path).param("page", "4")).andReturn().getResponse().getStatus()).as("no such page").isEqualTo(404);

        Document results = page("/search?q=" + word + "&page=3");
        Element searchPager = results.selectFirst("nav.portal-pager[aria-label=搜索结果分页]");
        assertThat(searchPager.select(".pagination a, .pagination span").eachText())
                .containsExactly("首页", "上一页", "1", "2", "3", "4", "5", "下一页", "尾页");
        assertThat(searchPager.selectFirst("a[aria-current=page]").attr("href")).contains("q=", "page=3");
        assertThat(searchPager.selectFirst("form.portal-pager-jump input[type=hidden][name=q]").val()).isEqualTo(word);
        String last = mvc.perform(get("/search").param("q", word).param("jump", "12")).andReturn().getResponse().getRedirectedUrl();
        assertThat(last).startsWith("/search?q=").endsWith("&page=5");
        Document lastPage = Jsoup.parse(mvc.perform(get(URI.create(last))).andReturn().getResponse().getContentAsString());
        assertThat(lastPage.selectFirst("nav.portal-pager a[aria-current=page]").text()).isEqualTo("5");
    }

    @Test
    void thePictureNewsShowsTheNewestCoversEachWithItsOwnTextNotTheTitle() throws Exception {
        String title = PortalWorld.title("图片新闻");
        long id = liveWithCover(title, "代表们在主会场就座");

        Document home = page("/");
        Element block = home.selectFirst("section.portal-picture-news");
        assertThat(block.selectFirst("h2").text()).isEqualTo("图片新闻");
        assertThat(block.select("li")).hasSizeBetween(1, 5);
        Element item = block.selectFirst("a[href=/article/" + id + ".html]");
        assertThat(item.selectFirst("img").attr("alt")).isEqualTo("代表们在主会场就座");
        assertThat(item.selectFirst("img").attr("src")).startsWith("/media/");
        assertThat(item.text()).isEqualTo(title);
        assertThat(mvc.perform(get(item.selectFirst("img").attr("src"))).andReturn().getResponse().getStatus()).isEqualTo(200);

        Document article = page("/article/" + id + ".html");
        assertThat(article.selectFirst(".portal-cover img").attr("alt")).isEqualTo("代表们在主会场就座");
        Document column = page("/column/liaison-work");
        assertThat(column.selectFirst("a[href=/article/" + id + ".html] img").attr("alt")).isEqualTo("代表们在主会场就座");
    }

    @Test
    void aCoverNeedsItsOwnDescriptionOnTheFormAndInTheService() throws Exception {
        Cookie editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        String title = PortalWorld.title("有题图的文章");
        MockMultipartHttpServletRequestBuilder form = (MockMultipartHttpServletRequestBuilder) multipart("/admin/portal/articles/new")
                .file(new MockMultipartFile("cover", "cover.png", "image/png", PortalWorld.PNG))
                .param("title", title).param("columnId", String.valueOf(world.columnId("liaison-work")))
                .param("bodyHtml", "<p>正文</p>").param("coverAlt", " ").with(csrf()).cookie(editor);
        var refused = mvc.perform(form).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.selectFirst("#article-coverAlt").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#article-coverAlt-error").text()).isEqualTo("请填写封面图片说明：说明题图上是什么，不要重复标题。");
        assertThat(page.selectFirst("#article-title").val()).isEqualTo(title);
        UUID held = UUID.fromString(page.selectFirst("input[name=heldCover]").val());
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE title = :title").param("title", title).query(Long.class).single())
                .isZero();

        var saved = mvc.perform(multipart("/admin/portal/articles/new").param("heldCover", held.toString())
                .param("title", title).param("columnId", String.valueOf(world.columnId("liaison-work")))
                .param("bodyHtml", "<p>正文</p>").param("coverAlt", "会场外景").with(csrf()).cookie(editor)).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT cover_alt FROM article WHERE title = :title").param("title", title).query(String.class).single())
                .isEqualTo("会场外景");

        ArticleDraft noAlt = world.draft("liaison-work", PortalWorld.title("无说明"), "<p>正文</p>", null, null);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> editing.create(noAlt, new Upload("c.png", PortalWorld.PNG), List.of())))
                .isInstanceOfSatisfying(RuleViolations.class, refusal -> assertThat(refusal.violations())
                        .anySatisfy(violation -> assertThat(violation.field()).isEqualTo("coverAlt")));
        long withoutCover = world.draft(PortalWorld.title("没有题图"));
        assertThat(jdbc.sql("SELECT cover_alt IS NULL FROM article WHERE id = :id").param("id", withoutCover)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theArticlePageCarriesAPrintNoteAndItsReaderControlsAreLargeEnoughToTouch() throws Exception {
        long id = world.live(PortalWorld.title("打印"));
        Document article = page("/article/" + id + ".html");
        Element note = article.selectFirst(".print-only.portal-print-info");
        assertThat(note.text()).contains(original.name(), "网址：http://localhost:8080/article/" + id + ".html", "打印日期：");
        assertThat(note.selectFirst("[data-print-date]").text()).matches("\\d{4}-\\d{2}-\\d{2}");

        String css = mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).contains(".print-only { display: none; }", ".print-only { display: block !important; }",
                ".search-results em { font-style: normal; font-weight: 700; color: #c00; }", "min-width: 44px; min-height: 44px;");
        assertThat(mvc.perform(get("/js/portal.js")).andReturn().getResponse().getContentAsString())
                .contains("beforeprint", "[data-print-date]");
    }
}
