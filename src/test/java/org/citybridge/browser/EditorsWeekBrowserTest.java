package org.citybridge.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.citybridge.accounts.domain.AccountAdministration;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.SiteAdministration;
import org.citybridge.portal.domain.SiteSettings;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's week on the portal, as issue 14 tells it. 周一 the administrator sets the site up and asks for two levels
 * of review in a column; an editor writes an article with a cover, a picture and a Word attachment, previews the unsaved
 * form and submits it. 周二 the first reviewer returns it with a comment, the editor fixes it, both reviewers approve and
 * a reader finds it in the picture news, with the government meta tags, the filing numbers and the attachment.
 * 周三 a correction of the live article waits for both reviews while readers keep the old text, and the history shows
 * it word by word. 周四 two editors save the same draft and the second merges. 周五 an old article is withdrawn with a
 * reason and deleted, two are moved in one action, a scheduled one shows as 定时发布, and a reader jumps through the
 * pager and reads the site map. Every page shown passes axe (the second editor's too); a reader's view that is only
 * checked, not shown, is fetched without cookies. The site settings are put back at the end.
 */
class EditorsWeekBrowserTest extends BrowserJourney {

    private static final String TITLE = "城市更新经验交流会在西宁召开";
    private static final String COVER_ALT = "交流会现场：代表们围坐在圆桌旁讨论";

    @Autowired
    ApplicationContext context;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    ArticleEditing editing;
    @Autowired
    SiteAdministration site;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;

    private final String tag = String.valueOf(System.nanoTime() % 1_000_000);
    private String editor;
    private String firstReviewer;
    private String finalReviewer;
    private long reviewed;
    private long archive;
    private long topic;
    private long article;

    @Test
    void anEditorsWeekFromSettingUpToTheSiteMap() throws Exception {
        SiteSettings original = fixtures.asAdmin(site::settings);
        long exchange = PortalTesting.column(context, "exchange");
        reviewed = fixtures.asAdmin(() -> columns.create(new ColumnChange(exchange, "week-news-" + tag, "一周要闻" + tag, null, true)));
        archive = fixtures.asAdmin(() -> columns.create(new ColumnChange(exchange, "week-archive-" + tag, "一周归档" + tag, null, true)));
        topic = fixtures.asAdmin(() -> columns.create(new ColumnChange(archive, "week-topic-" + tag, "一周专题" + tag, null, true)));
        editor = fixtures.account(Role.EDITOR);
        finalReviewer = fixtures.account(Role.EDITOR);
        fixtures.asAdmin(() -> {
            accounts.changeContact(accountId(finalReviewer), finalReviewer + "@week.example.cn", "zh-CN");
            return null;
        });
        firstReviewer = "first-reviewer-" + tag;
        openBrowser();
        try {
            monday();
            tuesday();
            wednesday();
            thursday();
            friday();
        } catch (Exception | AssertionError failed) {
            browser.screenshot("79-week-failure");
            throw failed;
        } finally {
            fixtures.asAdmin(() -> {
                site.update(original, null, original.faviconFileId() == null);
                return null;
            });
        }
    }

    private void monday() throws Exception {
        signIn("admin", ADMIN_PASSWORD);
        browser.click(By.id("nav-portal-site"));
        browser.type(By.id("site-name"), "西部城市联络网");
        browser.type(By.id("site-domain"), "www.week.example.cn");
        browser.type(By.id("site-siteCode"), "6300000077");
        browser.type(By.id("site-icpNumber"), "青ICP备20260077号-1");
        browser.type(By.id("site-policeNumber"), "青公网安备 63010402000077号");
        browser.type(By.id("site-policeLink"), "https://beian.mps.gov.cn/#/query/webSearch?code=63010402000077");
        browser.type(By.id("site-sponsor"), "西部城市联络网秘书处");
        browser.type(By.id("site-address"), "西宁市城西区测试路7号");
        browser.type(By.id("site-phone"), "0971-1234567");
        browser.type(By.id("site-email"), "office@week.example.cn");
        browser.click(By.cssSelector("#site-form button[type=submit]"));
        browser.waitForText(By.cssSelector("#main"), "网站设置已保存");
        browser.screenshot("70-week-mon-site-settings");

        browser.open("/admin/users/new");
        browser.type(By.id("account-username"), firstReviewer);
        browser.type(By.id("account-password"), Fixtures.PASSWORD);
        browser.type(By.id("account-displayName"), "初审 王审" + tag);
        browser.selectByValue(By.id("account-role"), "EDITOR");
        browser.type(By.id("account-email"), firstReviewer + "@week.example.cn");
        browser.click(By.cssSelector("#account-form button[type=submit]"));
        browser.waitForText(By.cssSelector("#main"), "账号已创建");

        browser.open("/admin/portal/columns/" + reviewed + "/review");
        browser.click(By.id("review-levels-2"));
        browser.click(By.id("reviewer-1-" + firstReviewer));
        browser.click(By.id("reviewer-2-" + finalReviewer));
        browser.screenshot("70a-week-mon-two-review-levels");
        browser.click(By.id("save-review"));
        browser.waitForText(By.id("column-tree"), "2 级审核");
        signOut();

        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/new?column=" + reviewed);
        browser.type(By.id("article-title"), TITLE);
        browser.type(By.id("article-source"), "协会秘书处");
        browser.type(By.id("article-author"), "李文");
        browser.type(By.id("article-keywords"), "城市更新,经验交流");
        typeRichText("article-bodyHtml", "来自十二个城市的代表交流了老旧小区改造的做法。");
        insertPicture("article-bodyHtml", picture(new Color(40, 110, 170)), "老旧小区改造前后对比", "改造后的小区");
        // below a picture at the end the caret leaves its caption downwards (Enter breaks the caption's line)
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN, "各市将在会后报送经验材料。").perform();
        assertThat(richTextHtml("article-bodyHtml")).containsPattern("<figcaption>改造后的小区</figcaption>\\s*</figure>\\s*<p>各市将在会后报送经验材料。</p>");
        browser.driver().findElement(By.id("article-cover")).sendKeys(picture(new Color(190, 60, 50)).toString());
        browser.type(By.id("article-coverAlt"), COVER_ALT);
        browser.driver().findElement(By.id("article-files")).sendKeys(office("notice.doc").toString());

        String editing = browser.clickIntoNewWindow(By.id("preview-unsaved"));
        browser.waitForText(By.cssSelector(".portal-article"), "老旧小区改造的做法");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(TITLE);
        browser.pageShown();
        browser.screenshot("70b-week-mon-unsaved-preview");
        browser.driver().close();
        browser.driver().switchTo().window(editing);

        browser.click(By.id("save-article"));
        browser.waitForText(By.id("article-status"), "草稿");
        article = Long.parseLong(browser.currentUrl().replaceAll(".*/articles/(\\d+)/edit.*", "$1"));
        browser.click(By.cssSelector("form[action$='/submit'] button"));
        browser.waitForText(By.id("article-status"), "待初审");
        browser.screenshot("70c-week-mon-submitted");
        signOut();
    }

    private void tuesday() throws Exception {
        signIn(firstReviewer, Fixtures.PASSWORD);
        browser.open("/admin/portal/review");
        browser.click(By.linkText(TITLE));
        browser.find(By.id("review-article"));
        browser.type(By.id("review-comment"), "请补充交流会的日期");
        browser.screenshot("71-week-tue-return");
        browser.click(By.cssSelector("#review-return button[type=submit]"));
        browser.find(By.id("review-queue-empty"));
        signOut();

        signIn(editor, Fixtures.PASSWORD);
        browser.waitForText(By.id("desk-returned"), "请补充交流会的日期");
        browser.screenshot("71a-week-tue-editor-home");
        browser.open("/admin/portal/articles/" + article + "/edit");
        browser.waitForText(By.id("returned-comment"), "请补充交流会的日期");
        typeRichText("article-bodyHtml", "交流会于3月3日举行。");
        browser.click(By.id("save-article"));
        browser.click(By.cssSelector("form[action$='/submit'] button"));
        browser.waitForText(By.id("article-status"), "待初审");
        signOut();

        approve(firstReviewer, "待初审");
        signOut();
        approve(finalReviewer, "待复审");
        signOut();
        assertThat(jdbc.sql("SELECT recipient FROM mail_outbox WHERE topic = 'article-review' AND subject LIKE :title")
                .param("title", "%" + TITLE + "%").query(String.class).list())
                .contains(firstReviewer + "@week.example.cn", finalReviewer + "@week.example.cn");

        browser.open("/");
        WebElement cover = browser.find(By.cssSelector(".portal-picture-news a[href='/article/" + article + ".html'] img"));
        assertThat(cover.getAttribute("alt")).isEqualTo(COVER_ALT);
        WebElement footer = browser.find(By.cssSelector("footer.portal-footer"));
        assertThat(footer.getText()).contains("主办单位：西部城市联络网秘书处", "青ICP备20260077号-1", "青公网安备 63010402000077号",
                "网站标识码：6300000077");
        browser.screenshot("71b-week-tue-home-picture-news");

        browser.click(By.cssSelector(".portal-picture-news a[href='/article/" + article + ".html']"));
        browser.waitForText(By.tagName("h1"), TITLE);
        assertThat(browser.text(By.cssSelector(".portal-article"))).contains("交流会于3月3日举行。");
        @SuppressWarnings("unchecked")
        Map<String, String> meta = (Map<String, String>) browser.driver().executeScript(
                "var found = {}; document.querySelectorAll('head meta[name]').forEach(function (m) { found[m.name] = m.content; });"
                        + "return found;");
        assertThat(meta).containsEntry("SiteName", "西部城市联络网").containsEntry("SiteDomain", "www.week.example.cn")
                .containsEntry("SiteIDCode", "6300000077").containsEntry("ColumnName", "一周要闻" + tag)
                .containsEntry("ColumnType", "城市交流").containsEntry("ArticleTitle", TITLE)
                .containsEntry("ContentSource", "协会秘书处").containsEntry("Author", "李文")
                .containsEntry("Keywords", "城市更新,经验交流").containsKeys("PubDate", "Description", "Image", "Url");
        assertThat(meta.get("PubDate")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
        assertThat(meta.get("Url")).endsWith("/article/" + article + ".html");
        assertThat(meta.get("Image")).startsWith("http");
        WebElement attachment = browser.find(By.linkText("notice.doc"));
        @SuppressWarnings("unchecked")
        List<Object> download = (List<Object>) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {"
                        + " done([r.status, r.headers.get('content-disposition') || '', b.byteLength]); }); })"
                        + ".catch(function (e) { done([0, String(e), 0]); });", attachment.getAttribute("href"));
        assertThat(((Number) download.get(0)).intValue()).isEqualTo(200);
        assertThat((String) download.get(1)).startsWith("attachment");
        assertThat(((Number) download.get(2)).longValue()).isEqualTo(Files.size(office("notice.doc")));
        browser.screenshot("71c-week-tue-article-live");
    }

    private void wednesday() throws Exception {
        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/" + article + "/edit");
        typeRichText("article-bodyHtml", "下次交流会将在银川举行。");
        browser.click(By.id("save-article"));
        browser.waitForText(By.id("revision-review-state"), "修订尚未提交审核");
        assertThat(readerSees("/article/" + article + ".html")).contains("交流会于3月3日举行。").doesNotContain("银川");
        browser.click(By.id("submit-revision"));
        browser.waitForText(By.id("revision-review-state"), "修订待初审");
        browser.screenshot("72-week-wed-revision-submitted");
        signOut();

        approve(firstReviewer, "待初审");
        signOut();
        assertThat(readerSees("/article/" + article + ".html")).doesNotContain("银川");
        approve(finalReviewer, "待复审");
        browser.open("/admin/portal/articles/" + article + "/history");
        browser.waitForText(By.cssSelector("#revisions .body-diff ins"), "下次交流会将在银川举行。");
        browser.screenshot("72a-week-wed-history-diff");
        signOut();
        browser.open("/article/" + article + ".html");
        assertThat(browser.text(By.cssSelector(".portal-article"))).contains("交流会于3月3日举行。", "下次交流会将在银川举行。");
        assertThat(browser.text(By.cssSelector(".portal-article figcaption"))).isEqualTo("改造后的小区");
    }

    private void thursday() throws Exception {
        String colleague = fixtures.account(Role.EDITOR);
        long draft = fixtures.asAdmin(() -> editing.create(PortalTesting.draft(archive, "联络员培训通知" + tag,
                "<p>培训安排在下周。</p>", null, null), null, List.of()));
        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/" + draft + "/edit");
        typeRichText("article-bodyHtml", "请各市联络员报名。");

        Browser main = browser;
        Browser other = new Browser("http://localhost:" + port);
        try {
            browser = other;
            other.onEveryPage(page -> assertThat(axeAsShown(page)).as("axe on " + page).isEmpty());
            signIn(colleague, Fixtures.PASSWORD);
            other.open("/admin/portal/articles/" + draft + "/edit");
            other.type(By.id("article-title"), "联络员业务培训通知" + tag);
            other.click(By.id("save-article"));
            other.find(By.xpath("//div[@role='status'][contains(., '已保存')]"));
        } finally {
            browser = main;
            other.close();
        }

        browser.click(By.id("save-article"));
        browser.find(By.id("merge"));
        assertThat(browser.text(By.cssSelector("#merge tr[data-field=title] .merge-theirs"))).contains("业务");
        browser.screenshot("73-week-thu-conflict");
        browser.click(By.id("merge-theirs-title"));
        browser.click(By.id("save-article"));
        browser.waitForText(By.id("article-status"), "草稿");
        assertThat(browser.find(By.id("article-title")).getAttribute("value")).isEqualTo("联络员业务培训通知" + tag);
        assertThat(richTextHtml("article-bodyHtml")).contains("请各市联络员报名。");
        browser.screenshot("73a-week-thu-merged");
        signOut();
    }

    private void friday() throws Exception {
        for (int i = 1; i <= 21; i++) {
            PortalTesting.publish(context, PortalTesting.draft(archive, "一周归档简报第" + i + "期" + tag, "<p>简报</p>", null, null));
        }
        long old = PortalTesting.publish(context, PortalTesting.draft(archive, "过时的通知" + tag, "<p>旧通知</p>", null, null));
        long moveOne = PortalTesting.publish(context, PortalTesting.draft(archive, "待移动的简报甲" + tag, "<p>甲</p>", null, null));
        long moveTwo = PortalTesting.publish(context, PortalTesting.draft(archive, "待移动的简报乙" + tag, "<p>乙</p>", null, null));
        long scheduled = PortalTesting.publish(context, PortalTesting.draft(archive, "下周的会议预告" + tag, "<p>预告</p>",
                Instant.now().plus(Duration.ofDays(7)), null));

        signIn(editor, Fixtures.PASSWORD);
        browser.open("/admin/portal/articles/" + old + "/edit");
        browser.click(By.cssSelector("a[href$='/articles/" + old + "/withdraw']"));
        browser.type(By.id("withdraw-reason"), "通知内容已过时");
        browser.click(By.id("confirm-submit"));
        browser.waitForText(By.id("withdrawal-reason"), "通知内容已过时");
        browser.click(By.cssSelector("a[href$='/articles/" + old + "/delete']"));
        browser.screenshot("74-week-fri-delete-confirm");
        browser.click(By.id("confirm-submit"));
        browser.find(By.xpath("//div[@role='status'][contains(., '已删除')]"));

        browser.open("/admin/portal/articles?column=" + archive + "&q=" + tag);
        assertThat(browser.text(By.cssSelector("tr:has(#pick-" + scheduled + ") .article-state"))).isEqualTo("定时发布");
        assertThat(browser.driver().findElements(By.id("pick-" + old))).as("deleted").isEmpty();
        browser.click(By.id("pick-" + moveOne));
        browser.click(By.id("pick-" + moveTwo));
        browser.selectByText(By.id("move-target"), "城市交流 > 一周归档" + tag + " > 一周专题" + tag);
        browser.screenshot("74a-week-fri-list-scheduled-and-picked");
        browser.click(By.id("move-submit"));
        browser.waitForText(By.id("confirm-heading"), "把 2 篇文章移到");
        browser.click(By.id("confirm-submit"));
        browser.find(By.xpath("//div[@role='status'][contains(., '所选文章已移动')]"));
        assertThat(browser.currentUrl()).endsWith("column=" + topic);
        assertThat(browser.text(By.id("article-list"))).contains("待移动的简报甲" + tag, "待移动的简报乙" + tag);
        signOut();

        browser.open("/article/" + old + ".html");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("旧通知");
        browser.open("/column/week-archive-" + tag);
        browser.type(By.id("pager-jump"), "2");
        browser.click(By.cssSelector(".portal-pager-jump button"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().endsWith("?page=2"));
        assertThat(browser.find(By.cssSelector(".portal-pager a[aria-current=page]")).getText()).isEqualTo("2");
        browser.screenshot("74b-week-fri-column-page-2");
        browser.click(By.linkText("网站地图"));
        browser.waitForText(By.cssSelector("#main h1"), "网站地图");
        assertThat(browser.find(By.cssSelector(".portal-sitemap-tree a[href='/column/week-news-" + tag + "']")).getText())
                .isEqualTo("一周要闻" + tag);
        browser.screenshot("74c-week-fri-site-map");
    }

    /** The reviewer signs in, follows the article from their home page's queue, sees the state it waits in and approves it. */
    private void approve(String reviewer, String waitingIn) {
        signIn(reviewer, Fixtures.PASSWORD);
        browser.click(By.cssSelector("#desk-waiting a[href='/admin/portal/review/" + article + "']"));
        browser.waitForText(By.id("review-status"), waitingIn);
        browser.click(By.cssSelector("#review-approve button"));
        browser.find(By.id("review-queue-empty"));
    }

    /** The page as a reader gets it: fetched without the signed-in person's cookies, not shown. */
    private String readerSees(String path) {
        return (String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'omit'}).then(function (r) { return r.text(); }).then(done)"
                + ".catch(function (e) { done(String(e)); });", path);
    }

    private long accountId(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
    }

    private static Path picture(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 480, 320);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(140, 60, 200, 200);
        graphics.dispose();
        Path file = Files.createTempFile("week-picture", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path office(String name) throws Exception {
        return Path.of(EditorsWeekBrowserTest.class.getResource("/files/office/" + name).toURI());
    }
}
