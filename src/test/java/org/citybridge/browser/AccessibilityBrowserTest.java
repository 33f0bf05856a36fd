package org.citybridge.browser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citybridge.evaluation.report.PlanItemInput;
import org.citybridge.evaluation.report.PlanItemKind;
import org.citybridge.evaluation.report.PlanTurning;
import org.citybridge.evaluation.report.WorkReports;
import org.citybridge.events.EventTesting;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.EventPhotos;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.files.Upload;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.PortalWorld;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core's WCAG 2 A/AA rules on the public site and the back office, as readers and staff see them. */
class AccessibilityBrowserTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void publicAndBackOfficePagesPassAxe() throws Exception {
        long article = PortalTesting.publish(context, "无障碍检查示例", "<p>第一段</p><p>第二段</p>");
        openBrowser();
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/", "/article/" + article + ".html", "/search?q=无障碍", "/login", "/no-such-page")) {
            violations.addAll(axe(path));
        }
        signIn("admin", ADMIN_PASSWORD);
        for (String path : List.of("/admin", "/admin/cities", "/admin/circulars", "/admin/circulars/new", "/admin/tasks",
                "/admin/submissions/review", "/admin/users", "/admin/portal/articles", "/admin/dashboard/charts")) {
            violations.addAll(axe(path));
        }
        browser.open("/admin/portal/articles");
        browser.click(By.id("rebuild-search"));
        browser.waitForText(By.id("job-state"), "已完成。");
        browser.screenshot("accessibility-job-done");
        violations.addAll(axeAsShown("the search rebuild's job page"));
        violations.addAll(axe("/admin/jobs"));
        assertThat(violations).isEmpty();
    }

    /** The check itself: what a page does wrong is found, on the page and inside the editor's frame. */
    @Test
    void theCheckFindsWhatAPageDoesWrongOnThePageAndInsideTheEditorsFrame() throws Exception {
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/portal/articles/new");
        waitForRichText("article-bodyHtml");
        browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.ico\">');"
                + "tinymce.get('article-bodyHtml').getBody().insertAdjacentHTML('beforeend', '<p><input type=\"text\"></p>');");

        List<String> found = axeAsShown("a picture without its text and a field without its label");

        assertThat(found).hasSize(2);
        assertThat(found).anySatisfy(violation -> assertThat(violation).contains("image-alt (1)", "img"));
        assertThat(found).anySatisfy(violation -> assertThat(violation).contains("label (1)", "#article-bodyHtml_ifr", "input"));
    }

    /** The event page with its 打印 and 会后报道 sections, and the report page with a photo and the draft form. */
    @Test
    void eventPrintAndReportPagesPassAxe() throws Exception {
        EventTesting events = new EventTesting(fixtures, context.getBean(EventPlanning.class),
                context.getBean(DelegationRegistering.class), context.getBean(JdbcClient.class), context.getBean(Clock.class));
        EventPlanning planning = context.getBean(EventPlanning.class);
        long event = events.openEvent("无障碍检查会议", 20, null);
        events.register(EventTesting.staff(), event, "510100", EventTesting.delegation("无障碍代表"));
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.CLOSED));
        fixtures.asAdmin(() -> planning.changeStatus(event, EventStatus.HELD));
        fixtures.asAdmin(() -> context.getBean(EventPhotos.class).upload(event, new Upload("photo.png", PortalWorld.PNG), "会场"));
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/admin/events/" + event, "/admin/events/" + event + "/report")) {
            violations.addAll(axe(path));
        }
        assertThat(violations).isEmpty();
    }

    /** The work report page with written sections, the rich-text editors, a plan item to edit and one turned into a task. */
    @Test
    void workReportPagePassesAxe() throws Exception {
        int year = 2034;
        WorkReports reports = context.getBean(WorkReports.class);
        fixtures.asAdmin(() -> { reports.start(year, Locale.SIMPLIFIED_CHINESE); return null; });
        fixtures.asAdmin(() -> reports.addItem(year, new PlanItemInput("举办联络员培训班", "分两期", PlanItemKind.EVENT, 5)));
        long turned = fixtures.asAdmin(() -> reports.addItem(year, new PlanItemInput("专题调研", "", PlanItemKind.TASK, 3)));
        fixtures.asAdmin(() -> context.getBean(PlanTurning.class).turn(year, turned, null, Locale.SIMPLIFIED_CHINESE));
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        assertThat(axe("/admin/evaluations/" + year + "/report")).isEmpty();
    }

    /**
     * The reader's own settings: 大字 and 高对比度 (kept in cookies once chosen), and the page at 200% zoom, as 适老化
     * asks: no violations, and nothing wider than the window, so a reader never scrolls sideways.
     */
    @Test
    void publicPagesPassAxeInLargeFontAndHighContrastAndReflowAtTwiceTheSize() throws Exception {
        long article = PortalTesting.publish(context, "适老化阅读示例", "<h2>小标题</h2><p>正文段落，字号放大后仍应完整显示。</p>"
                + "<table><tr><th>城市</th><th>人数</th></tr><tr><td>成都市</td><td>12</td></tr></table>");
        openBrowser();
        browser.open("/?size=large&contrast=high");
        List<String> violations = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        List<String> pages = List.of("/", "/article/" + article + ".html", "/search?q=适老化", "/no-such-page");
        for (String path : pages) {
            violations.addAll(axe(path));
        }
        browser.screenshot("accessibility-large-high-contrast");
        // 200% zoom of a 1366 x 768 screen leaves the page a window of 683 x 384 CSS pixels
        browser.resize(683, 384);
        for (String path : pages) {
            browser.open(path);
            browser.find(By.tagName("main"));
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).longValue() > 0) {
                tooWide.add(path + " is " + overflow + " px wider than the window");
            }
        }
        browser.screenshot("accessibility-200-percent");
        assertThat(violations).isEmpty();
        assertThat(tooWide).isEmpty();
    }
}
