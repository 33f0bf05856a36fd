package org.citybridge.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.submissions.SubmissionTesting;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Chengdu's liaison writes a report with a captioned photo inserted in the editor; staff adopt it into 联络工作. */
class SubmissionBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLiaisonSubmitsAReportWithAPhotoAndStaffAdoptItIntoLiaisonWork() throws Exception {
        long person = fixtures.person("陈报送");
        fixtures.appoint("510100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, "510100", null, person);
        Path photo = Files.createTempFile("tianfu-square", ".jpg");
        Files.write(photo, SubmissionTesting.image("jpg"));
        openBrowser();

        signIn(liaison, Fixtures.PASSWORD);
        browser.click(By.id("nav-submissions"));
        browser.click(By.id("new-submission"));
        browser.type(By.id("submission-title"), "成都市召开联络工作座谈会");
        browser.selectByValue(By.id("submission-kind"), "CITY_NEWS");
        typeRichText("submission-bodyHtml", "6月12日，成都市召开全市联络工作座谈会。");
        insertPicture("submission-bodyHtml", photo, "座谈会现场", "座谈会现场（成都市政府办公厅供图）");
        assertThat(richTextHtml("submission-bodyHtml")).contains("<figcaption>座谈会现场（成都市政府办公厅供图）</figcaption>")
                .contains("alt=\"座谈会现场\"").contains("src=\"/media/");
        browser.screenshot("submissions-01-editor-with-photo");
        browser.click(By.id("submit-report"));
        browser.waitForText(By.id("submission-status"), "待审核");
        long id = Long.parseLong(browser.currentUrl().replaceAll(".*/admin/submissions/", ""));
        signOut();

        signIn("admin", ADMIN_PASSWORD);
        browser.click(By.id("nav-submissions"));
        browser.click(By.linkText("成都市召开联络工作座谈会"));
        browser.click(By.id("adopt"));
        browser.selectByText(By.id("adopt-columnId"), "城市交流 > 联络工作");
        assertThat(browser.find(By.id("adopt-source")).getAttribute("value")).isEqualTo("成都市人民政府");
        assertThat(browser.find(By.id("adopt-author")).getAttribute("value")).isEqualTo("陈报送");
        browser.screenshot("submissions-02-adopt");
        browser.click(By.id("adopt-submit"));
        browser.waitForText(By.id("submission-status"), "已采用");
        assertThat(browser.text(By.id("article-id"))).contains("联络工作");
        browser.screenshot("submissions-03-adopted");

        Long articleId = jdbc.sql("SELECT article_id FROM submission WHERE id = :id").param("id", id).query(Long.class).single();
        assertThat(articleId).isNotNull();
        assertThat(browser.find(By.id("article-id")).getAttribute("data-article-id")).isEqualTo(articleId.toString());
        String body = jdbc.sql("SELECT body_html FROM article WHERE id = :id").param("id", articleId).query(String.class).single();
        assertThat(HtmlUtils.htmlUnescape(body)).contains("<figcaption>座谈会现场（成都市政府办公厅供图）</figcaption>")
                .contains("alt=\"座谈会现场\"").contains("6月12日");

        browser.open("/article/" + articleId + ".html");
        browser.waitForText(By.cssSelector(".portal-breadcrumb"), "您当前所在位置");
        assertThat(browser.text(By.cssSelector(".portal-breadcrumb"))).contains("首页").contains("城市交流").contains("联络工作");
        assertThat(browser.text(By.cssSelector(".portal-article-body figcaption"))).isEqualTo("座谈会现场（成都市政府办公厅供图）");
        assertThat((Long) browser.driver().executeScript(
                "return document.querySelector('.portal-article-body figure img').naturalWidth")).isPositive();
        assertThat(browser.text(By.cssSelector(".portal-source"))).isEqualTo("成都市人民政府");
        long firstHits = Long.parseLong(browser.text(By.cssSelector(".portal-hits")));
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector(".portal-hits"), String.valueOf(firstHits + 1));
        browser.screenshot("submissions-04-public-article");

        double medium = fontSize(".portal-article-body");
        browser.click(By.cssSelector("[data-font-size=large]"));
        assertThat(fontSize(".portal-article-body")).isGreaterThan(medium);
        browser.driver().navigate().refresh();
        assertThat(fontSize(".portal-article-body")).isGreaterThan(medium);
        browser.screenshot("submissions-05-large-font");

        browser.open("/search?q=座谈");
        browser.waitForText(By.cssSelector("main"), "成都市召开联络工作座谈会");
        assertThat(browser.source()).contains("<em>座谈</em>");
        browser.screenshot("submissions-06-search");
    }

    private static double fontSize(String selector) {
        return Double.parseDouble(String.valueOf(browser.driver().executeScript(
                "return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)", selector)));
    }
}
