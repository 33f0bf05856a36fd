package org.citybridge.browser;

import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor writes an article into 城市交流 > 联络工作 and publishes it; a reader opens it and enlarges the text. */
class PortalBrowserTest extends BrowserJourney {

    @Test
    void anEditorPublishesAndAReaderReadsWithLargerText() throws Exception {
        String editor = fixtures.account(Role.EDITOR);
        openBrowser();

        signIn(editor, Fixtures.PASSWORD);
        browser.click(By.id("nav-portal"));
        browser.click(By.id("new-article"));
        browser.type(By.id("article-title"), "全国城市联络工作会议在蓉召开");
        browser.selectByText(By.id("article-columnId"), "城市交流 > 联络工作");
        browser.type(By.id("article-source"), "协会秘书处");
        browser.find(By.cssSelector(".rich-text-editor")).sendKeys("来自81个城市的130余名代表参加会议。");
        browser.click(By.cssSelector("#article-form button[type=submit]"));
        browser.waitForText(By.id("article-status"), "草稿");
        browser.click(By.cssSelector("form[action$='/publish'] button"));
        browser.waitForText(By.id("article-status"), "已发布");
        browser.screenshot("20-portal-article-published");
        String url = browser.find(By.linkText("查看网页")).getAttribute("href");
        signOut();

        browser.driver().get(url);
        browser.waitForText(By.cssSelector(".portal-breadcrumb"), "城市交流");
        assertThat(browser.text(By.cssSelector(".portal-breadcrumb"))).contains("您当前所在位置:", "首页", "城市交流", "联络工作");
        assertThat(browser.text(By.cssSelector(".portal-article-info"))).contains("来源: 协会秘书处", "点击数: 1");
        browser.click(By.cssSelector(".portal-article-info [data-font-size=large]"));
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "font-large"));
        browser.click(By.cssSelector("[data-contrast-toggle]"));
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "high-contrast"));
        browser.screenshot("21-portal-article-large-high-contrast");
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector(".portal-article-info"), "点击数: 2");
        assertThat(browser.find(By.tagName("html")).getAttribute("class")).contains("font-large", "high-contrast");
    }
}
