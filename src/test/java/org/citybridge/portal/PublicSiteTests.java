package org.citybridge.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.Cookie;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.portal.web.BotDetector;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** What the public sees: the article page with its breadcrumb, metadata and hit counter, feeds, media and the API. */
@IntegrationTest
class PublicSiteTests {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    ArticleHits hits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private PortalWorld world;
    private static Cookie editor;

    @BeforeEach
    void setUp() throws Exception {
        world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        if (editor == null) {
            editor = Sessions.login(mvc, fixtures.account(Role.EDITOR), Fixtures.PASSWORD);
        }
    }

    private long livePictureArticle(String title) {
        long id = world.draftWithPicture(title, world.picture());
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        return id;
    }

    private MockHttpServletResponse page(String url, String userAgent) throws Exception {
        var request = get(url);
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theArticlePageShowsBreadcrumbMetadataCaptionAndCountsReaders() throws Exception {
        String title = PortalWorld.title("联络工作会议");
        long id = livePictureArticle(title);
        long before = hits.hits(id);

        var response = page("/article/" + id + ".html", READER);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("您当前所在位置:", "href=\"/\">首页</a>", "href=\"/column/exchange\">城市交流</a>",
                "href=\"/column/liaison-work\">联络工作</a>");
        assertThat(html).contains("<meta name=\"SiteName\" content=\"中国城市联络协会\">", "<meta name=\"ColumnName\" content=\"联络工作\">",
                "<meta name=\"ArticleTitle\" content=\"" + title + "\">", "<meta name=\"ContentSource\" content=\"内江市人民政府办公室\">",
                "<meta name=\"Keywords\" content=\"联络工作,城市交流\">", "<meta name=\"Description\" content=\"摘要：" + title + "\">");
        assertThat(html).containsPattern("<meta name=\"PubDate\" content=\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\">");
        assertThat(html).contains("<figcaption>联络工作会议现场</figcaption>", "alt=\"会场照片\"", "来源", "点击数", "字号");
        assertThat(hits.hits(id)).isEqualTo(before + 1);

        page("/article/" + id + ".html", READER);
        assertThat(hits.hits(id)).isEqualTo(before + 2);
        assertThat(page("/article/" + id + ".html", READER).getContentAsString()).contains("class=\"portal-hits\">" + (before + 3) + "<");

        page("/article/" + id + ".html", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        page("/article/" + id + ".html", "python-requests/2.31");
        page("/article/" + id + ".html", null);
        page("/article/" + id + "/print", READER);
        assertThat(hits.hits(id)).isEqualTo(before + 3);
    }

    @Test
    void theBotDetectorKnowsCrawlersButNotHeadlessChrome() {
        assertThat(BotDetector.isBot("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36")).isFalse();
        assertThat(BotDetector.isBot("Baiduspider")).isTrue();
        assertThat(BotDetector.isBot("curl/8.0")).isTrue();
        assertThat(BotDetector.isBot("")).isTrue();
    }

    @Test
    void fontSizeAndContrastWorkWithoutScriptAndAreRemembered() throws Exception {
        long id = world.live(PortalWorld.title("字号"));
        var large = mvc.perform(get("/article/" + id + ".html").param("size", "large").param("contrast", "high"))
                .andReturn().getResponse();
        assertThat(large.getContentAsString()).contains("class=\"font-large high-contrast\"");
        assertThat(large.getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("portal-size=large"))
                .anyMatch(c -> c.startsWith("portal-contrast=high"));
        var remembered = mvc.perform(get("/").cookie(new Cookie("portal-size", "small"))).andReturn().getResponse();
        assertThat(remembered.getContentAsString()).contains("class=\"font-small\"").contains("/js/portal.js").doesNotContain("<script>");
    }

    @Test
    void homeAndColumnPagesListLiveArticlesOnly() throws Exception {
        String live = PortalWorld.title("首页新闻");
        String draft = PortalWorld.title("首页草稿");
        world.live(live);
        world.draft(draft);
        String home = page("/", READER).getContentAsString();
        assertThat(home).contains(live, "协会动态", "城市交流", "通知公告", "更多", "href=\"/column/exchange\"").doesNotContain(draft);
        String column = page("/column/exchange", READER).getContentAsString();
        assertThat(column).contains(live, "联络工作", "城市经验").doesNotContain(draft);
        assertThat(page("/column/no-such-column", READER).getStatus()).isEqualTo(404);
    }

    @Test
    void thePrintViewHasNoNavigation() throws Exception {
        long id = world.live(PortalWorld.title("打印"));
        String html = page("/article/" + id + "/print", READER).getContentAsString();
        assertThat(html).contains("print-view", "data-print").doesNotContain("portal-nav-list").doesNotContain("portal-breadcrumb");
        assertThat(page("/article/" + id + ".html?print=1", READER).getContentAsString()).contains("print-view");
    }

    @Test
    void feedsSitemapAndRobotsAreWellFormed() throws Exception {
        String title = PortalWorld.title("订阅 & <特殊字符>");
        long live = world.live(title);
        long draft = world.draft(PortalWorld.title("订阅草稿"));

        var atom = page("/column/liaison-work/atom.xml", READER);
        assertThat(atom.getContentType()).startsWith("application/atom+xml");
        Document feed = xml(atom.getContentAsByteArray());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isBetween(1, 20);
        assertThat(atom.getContentAsString()).contains("订阅 &amp; &lt;特殊字符&gt;", "/article/" + live + ".html")
                .doesNotContain("/article/" + draft + ".html");

        var sitemap = page("/sitemap.xml", READER);
        assertThat(sitemap.getContentType()).startsWith("application/xml");
        Document urls = xml(sitemap.getContentAsByteArray());
        assertThat(urls.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getContentAsString()).contains("<loc>http://localhost:8080/article/" + live + ".html</loc><lastmod>",
                "<loc>http://localhost:8080/column/liaison-work</loc>").doesNotContain("/article/" + draft + ".html");

        var robots = page("/robots.txt", READER);
        assertThat(robots.getContentType()).startsWith("text/plain");
        assertThat(robots.getContentAsString()).contains("User-agent: *", "Disallow: /admin", "Disallow: /login", "Disallow: /api",
                "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void picturesArePublicOnlyOnceTheirArticleIsLive() throws Exception {
        UUID picture = world.picture();
        long id = world.draftWithPicture(PortalWorld.title("图片"), picture);
        assertThat(page("/media/" + picture, READER).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/media/" + picture).cookie(editor)).andReturn().getResponse().getStatus()).isEqualTo(200);
        fixtures.asAdmin(() -> {
            editing.publish(id);
            return null;
        });
        var served = page("/media/" + picture, READER);
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(served.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(served.getHeader("Cache-Control")).contains("public", "max-age=3600");
        fixtures.asAdmin(() -> {
            editing.withdraw(id, "测试撤回");
            return null;
        });
        assertThat(page("/media/" + picture, READER).getStatus()).isEqualTo(404);
    }

    @Test
    void attachmentsOfLiveArticlesDownload() throws Exception {
        long id = world.liveWithAttachment(PortalWorld.title("附件下载"));
        UUID file = world.attachmentOf(id);
        var response = page("/articles/" + id + "/files/" + file, READER);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getContentAsString()).startsWith("%PDF");
        assertThat(page("/article/" + id + ".html", READER).getContentAsString()).contains("议程.pdf", "/articles/" + id + "/files/" + file);
    }

    @Test
    void theEditorsUploadTakesPicturesOnlyAndSaysWhy() throws Exception {
        var ok = mvc.perform(multipart("/admin/portal/media").file(new MockMultipartFile("file", "会场.png", "image/png", PortalWorld.PNG))
                .with(csrf()).cookie(editor)).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).containsPattern("\"url\":\"/media/[0-9a-f-]{36}\"").containsPattern("\"id\":\"[0-9a-f-]{36}\"");

        var html = mvc.perform(multipart("/admin/portal/media").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).with(csrf()).cookie(editor)).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(422);
        assertThat(html.getContentType()).startsWith("application/problem+json");
        assertThat(html.getContentAsString()).contains("photo.jpg", "不是允许的类型");

        var svg = mvc.perform(multipart("/admin/portal/media").file(new MockMultipartFile("file", "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(editor)).andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(422);

        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PortalWorld.PNG, 0, big, 0, PortalWorld.PNG.length);
        var tooBig = mvc.perform(multipart("/admin/portal/media").file(new MockMultipartFile("file", "big.png", "image/png", big))
                .with(csrf()).cookie(editor)).andReturn().getResponse();
        assertThat(tooBig.getStatus()).isEqualTo(413);
        assertThat(tooBig.getContentAsString()).contains("10 MB");
    }

    @Test
    void theApiListsLiveArticlesAndShowsOneWithHitsAndColumnPath() throws Exception {
        String title = PortalWorld.title("接口文章");
        long id = world.liveWithAttachment(title);
        long draft = world.draft(PortalWorld.title("接口草稿"));
        String list = page("/api/v1/articles?column=liaison-work&size=100", READER).getContentAsString();
        assertThat(list).contains(title).doesNotContain("\"id\":" + draft + ",");
        assertThat(page("/api/v1/articles?q=" + title, READER).getContentAsString()).contains(title).contains("\"total\":1");
        assertThat(page("/api/v1/articles?column=" + world.columnId("exchange"), READER).getContentAsString()).contains(title);
        assertThat(page("/api/v1/articles?column=nope", READER).getStatus()).isEqualTo(404);
        page("/article/" + id + ".html", READER);
        String one = page("/api/v1/articles/" + id, READER).getContentAsString();
        assertThat(one).contains("\"hits\":1", "\"slug\":\"exchange\"", "\"slug\":\"liaison-work\"", "\"bodyHtml\":\"<p>正文</p>\"",
                "议程.pdf", "/articles/" + id + "/files/");
    }

    @Test
    void editorsPreviewWhatThePublicCannotSee() throws Exception {
        long draft = world.draft(PortalWorld.title("预览"));
        assertThat(page("/article/" + draft + ".html", READER).getStatus()).isEqualTo(404);
        var preview = mvc.perform(get("/admin/portal/articles/" + draft + "/preview").cookie(editor)).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("预览", "草稿");
        assertThat(hits.hits(draft)).isZero();
    }

    private static Document xml(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

}
