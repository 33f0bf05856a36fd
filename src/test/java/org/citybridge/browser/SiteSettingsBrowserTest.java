package org.citybridge.browser;

import java.time.Duration;
import java.util.List;

import org.citybridge.files.Upload;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.PortalWorld;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.SiteAdministration;
import org.citybridge.portal.domain.SiteSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator fills in the site's settings (网站设置); a reader then finds them in the footer, sees the picture
 * news with the cover's own text, pages through a column with the numbered pager and its jump box, and the reader
 * controls are large enough to touch. Every page passes axe-core. The settings are put back at the end.
 */
class SiteSettingsBrowserTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;
    @Autowired
    ColumnAdministration columns;
    @Autowired
    ArticleEditing editing;
    @Autowired
    SiteAdministration site;

    @Test
    void theAdministratorSetsTheSiteUpAndAReaderFindsItsConventions() throws Exception {
        SiteSettings original = fixtures.asAdmin(site::settings);
        long exchange = PortalTesting.column(context, "exchange");
        String slug = "site-journey-" + System.nanoTime() % 1_000_000;
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(exchange, slug, "工作简报", null, true)));
        for (int i = 1; i <= 25; i++) {
            PortalTesting.publish(context, PortalTesting.draft(column, "克拉玛依工作简报第" + i + "期", "<p>克拉玛依联络工作简报</p>", null, null));
        }
        long pictured = fixtures.asAdmin(() -> editing.create(new ArticleDraft(column, "联络工作会议在克拉玛依召开", null, null, null,
                null, null, "<p>会议召开。</p>", null, "会场全景：代表们在主会场就座", null, null, List.of()),
                new Upload("cover.png", PortalWorld.PNG), List.of()));
        fixtures.asAdmin(() -> {
            editing.publish(pictured);
            return null;
        });
        if (browser == null) {
            openBrowser();
        }
        try {
            signIn("admin", ADMIN_PASSWORD);
            browser.click(By.id("nav-portal-site"));
            browser.type(By.id("site-name"), "中国城市联络协会");
            browser.type(By.id("site-domain"), "www.example.org.cn");
            browser.type(By.id("site-siteCode"), "1100000088");
            browser.type(By.id("site-icpNumber"), "京ICP备12345678号-1");
            browser.type(By.id("site-policeNumber"), "京公网安备 11010502030143号");
            browser.type(By.id("site-policeLink"), "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143");
            browser.type(By.id("site-sponsor"), "中国城市联络协会秘书处");
            browser.type(By.id("site-address"), "北京市东城区测试路1号");
            browser.type(By.id("site-phone"), "010-12345678");
            browser.type(By.id("site-email"), "office@example.org.cn");
            browser.type(By.id("site-siteCode"), "11-00");
            browser.click(By.cssSelector("#site-form button[type=submit]"));
            browser.waitForText(By.id("site-siteCode-error"), "6 到 20 位字母或数字");
            assertThat(browser.find(By.id("site-sponsor")).getAttribute("value")).isEqualTo("中国城市联络协会秘书处");
            browser.type(By.id("site-siteCode"), "1100000088");
            browser.click(By.cssSelector("#site-form button[type=submit]"));
            browser.waitForText(By.cssSelector("#main"), "网站设置已保存");
            browser.screenshot("60-site-settings-saved");
            signOut();

            browser.open("/");
            WebElement footer = browser.find(By.cssSelector("footer.portal-footer"));
            assertThat(footer.getText()).contains("主办单位：中国城市联络协会秘书处", "地址：北京市东城区测试路1号", "电话：010-12345678",
                    "京ICP备12345678号-1", "京公网安备 11010502030143号", "网站标识码：1100000088", "网站地图");
            assertThat(footer.findElement(By.linkText("京ICP备12345678号-1")).getAttribute("href")).isEqualTo("https://beian.miit.gov.cn/");
            WebElement picture = browser.find(By.cssSelector(".portal-picture-news a[href='/article/" + pictured + ".html'] img"));
            assertThat(picture.getAttribute("alt")).isEqualTo("会场全景：代表们在主会场就座");
            assertThat(((Number) browser.driver().executeScript("return arguments[0].naturalWidth", picture)).intValue()).isPositive();
            browser.screenshot("61-portal-footer-and-picture-news");

            browser.click(By.linkText("网站地图"));
            browser.waitForText(By.cssSelector("#main h1"), "网站地图");
            assertThat(browser.find(By.cssSelector(".portal-sitemap-tree a[href='/column/" + slug + "']")).getText()).isEqualTo("工作简报");

            browser.open("/column/" + slug);
            browser.type(By.id("pager-jump"), "99");
            browser.click(By.cssSelector(".portal-pager-jump button"));
            browser.waitUpTo(Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().endsWith("?page=2"));
            assertThat(browser.find(By.cssSelector(".portal-pager a[aria-current=page]")).getText()).isEqualTo("2");
            assertThat(browser.text(By.cssSelector(".portal-pager"))).contains("首页", "上一页", "尾页", "第 2 页，共 2 页（26 条）");
            browser.screenshot("62-portal-column-pager");

            browser.open("/article/" + pictured + ".html");
            for (WebElement control : browser.driver().findElements(By.cssSelector(".portal-fontsize a, .portal-tools > a"))) {
                Dimension size = control.getSize();
                assertThat(size.getWidth()).as(control.getText()).isGreaterThanOrEqualTo(44);
                assertThat(size.getHeight()).as(control.getText()).isGreaterThanOrEqualTo(44);
            }
            assertThat(browser.find(By.cssSelector(".portal-cover img")).getAttribute("alt")).isEqualTo("会场全景：代表们在主会场就座");

            browser.open("/search?q=克拉玛依");
            WebElement mark = browser.find(By.cssSelector(".search-results em"));
            assertThat(mark.getCssValue("font-style")).isEqualTo("normal");
            assertThat(mark.getCssValue("font-weight")).isEqualTo("700");
            assertThat(mark.getCssValue("color")).isEqualTo("rgba(204, 0, 0, 1)");
            assertThat(browser.text(By.cssSelector(".portal-pager"))).contains("第 1 页，共 3 页");
        } finally {
            fixtures.asAdmin(() -> {
                site.update(original, null, original.faviconFileId() == null);
                return null;
            });
        }
    }
}
