package org.citybridge.browser;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.portal.PortalTesting;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes an article into 城市交流 > 联络工作 and publishes it; a reader opens it and enlarges the text. A
 * reader searches from the header with the keyboard alone; the pager's missing steps are not in the tab order.
 */
class PortalBrowserTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void anEditorPublishesAndAReaderReadsWithLargerText() throws Exception {
        String editor = fixtures.account(Role.EDITOR);
        if (browser == null) {
            openBrowser();
        }

        signIn(editor, Fixtures.PASSWORD);
        browser.click(By.id("nav-portal"));
        browser.click(By.id("new-article"));
        browser.type(By.id("article-title"), "全国城市联络工作会议在蓉召开");
        browser.selectByText(By.id("article-columnId"), "城市交流 > 联络工作");
        browser.type(By.id("article-source"), "协会秘书处");
        typeRichText("article-bodyHtml", "来自81个城市的130余名代表参加会议。");
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
        browser.waitUpTo(java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "font-large"));
        browser.click(By.cssSelector("[data-contrast-toggle]"));
        browser.waitUpTo(java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.attributeContains(By.tagName("html"), "class", "high-contrast"));
        browser.screenshot("21-portal-article-large-high-contrast");
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector(".portal-article-info"), "点击数: 2");
        assertThat(browser.find(By.tagName("html")).getAttribute("class")).contains("font-large", "high-contrast");
    }

    @Test
    void aReaderSearchesFromTheHeaderWithTheKeyboardAndSkipsTheMissingPagerStep() throws Exception {
        for (int i = 1; i <= 11; i++) {
            PortalTesting.publish(context, "和田地区工作简报第" + i + "期", "<p>和田地区联络工作</p>");
        }
        if (browser == null) {
            openBrowser();
        }
        browser.open("/column/news");
        WebElement box = tabUntil(element -> "portal-search-q".equals(element.getAttribute("id")));
        assertThat(browser.driver().findElement(By.cssSelector("label[for=portal-search-q]")).getAttribute("textContent"))
                .isEqualTo("搜索本站文章");
        assertThat(browser.find(By.cssSelector("form[role=search].portal-search")).getAttribute("aria-label")).isEqualTo("搜索本站文章");
        box.sendKeys("和田", Keys.ENTER);
        browser.waitForText(By.cssSelector("#main"), "共找到 11 条结果");
        assertThat(browser.currentUrl()).contains("/search?q=");
        browser.screenshot("22-portal-search-from-header");

        // from the results, the keyboard reaches 下一页 without ever stopping on the missing 上一页
        List<String> visited = new ArrayList<>();
        tabUntil(element -> {
            visited.add(element.getText());
            return "下一页".equals(element.getText());
        });
        assertThat(visited).doesNotContain("上一页");
        assertThat(browser.find(By.xpath("//*[@aria-disabled='true' and normalize-space()='上一页']")).getTagName()).isEqualTo("span");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForText(By.cssSelector("#main"), "第 2 页，共 2 页");

        // the language link keeps the search and its page (its address alone names only /search)
        browser.find(By.cssSelector("a[data-language]")).click();
        browser.waitForText(By.cssSelector("#main"), "Page 2 of 2");
        assertThat(browser.currentUrl()).contains("q=%E5%92%8C%E7%94%B0", "page=2", "lang=en");
        assertThat(browser.driver().getTitle()).startsWith("和田 - Search - ");
        browser.find(By.cssSelector("a[data-language]")).click();
        browser.waitForText(By.cssSelector("#main"), "第 2 页，共 2 页");
    }

    /** Presses Tab until the focused element passes the test (at most 80 times) and answers it. */
    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("never reached with Tab");
    }
}
