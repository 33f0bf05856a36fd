package org.citybridge.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's shell in Chromium: the sidebar and a one-line top bar at 1366 px, the menu button on a phone, the
 * error pages of both layouts in both languages, the quick search by keyboard and a liaison's home; axe-core's WCAG 2
 * A/AA rules at normal size, with a large font and in forced colours (Windows' high contrast).
 */
class ShellBrowserTest extends BrowserJourney {

    @Test
    void theSidebarAndAOneLineTopBarFitALaptopScreen() throws Exception {
        openBrowser().resize(1366, 768);
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/cities");

        WebElement topBar = browser.find(By.id("topbar"));
        assertThat(topBar.getSize().getHeight()).as("one line").isLessThanOrEqualTo(60);
        assertThat(browser.find(By.id("sidebar")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("nav-cities")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.text(By.id("breadcrumbs"))).contains("工作台", "名录", "城市名录");
        assertThat(browser.driver().findElements(By.id("menu-button")).get(0).isDisplayed()).isFalse();
        browser.screenshot("shell-1366-cities");

        browser.open("/admin/cities/510100");
        assertThat(browser.text(By.id("breadcrumbs"))).endsWith("成都市");
        assertThat(topBar(browser).getSize().getHeight()).isLessThanOrEqualTo(60);

        List<String> violations = new ArrayList<>();
        for (String path : List.of("/admin", "/admin/cities", "/admin/cities/510100", "/admin/search?q=成都", "/admin/no-such-page")) {
            violations.addAll(axeThreeWays(path));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onAPhoneTheMenuButtonOpensAndClosesTheSidebarByKeyboard() throws Exception {
        openBrowser().resize(390, 844);
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/tasks");
        WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
        assertThat(sidebar.isDisplayed()).isFalse();
        browser.screenshot("shell-390-closed");

        WebElement button = browser.find(By.id("menu-button"));
        button.sendKeys(Keys.ENTER);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("nav-tasks")));
        assertThat(sidebar.getAttribute("role")).isEqualTo("dialog");
        assertThat(sidebar.getAttribute("aria-modal")).isEqualTo("true");
        assertThat(browser.find(By.id("nav-tasks")).getAttribute("aria-current")).isEqualTo("page");
        // Bootstrap moves the focus once the panel has slid in, a moment after it shows
        wait(driver -> (Boolean) browser.driver().executeScript("return document.getElementById('sidebar').contains(document.activeElement)"));
        assertThat((Boolean) browser.driver().executeScript("return document.getElementById('sidebar').contains(document.activeElement)"))
                .as("focus moved into the sidebar").isTrue();
        browser.screenshot("shell-390-open");
        assertThat(axeAsShown("/admin/tasks (menu open)")).isEmpty();

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("nav-tasks")));
        // and gives it back to the button once the panel has slid out
        wait(driver -> "menu-button".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("menu-button");
        assertThat(axeThreeWays("/admin/tasks")).isEmpty();
    }

    @Test
    void unknownPagesAreTheSitesOwnInBothLayoutsAndLanguages() throws Exception {
        openBrowser();
        browser.open("/no-such-page");
        assertThat(browser.text(By.id("error-title"))).isEqualTo("页面不存在");
        assertThat(browser.driver().findElements(By.id("sidebar"))).isEmpty();
        browser.screenshot("error-404-portal-zh");
        List<String> violations = new ArrayList<>(axeThreeWays("/no-such-page"));
        browser.open("/no-such-page?lang=en");
        assertThat(browser.text(By.id("error-title"))).isEqualTo("Page not found");
        browser.screenshot("error-404-portal-en");
        violations.addAll(axeAsShown("/no-such-page?lang=en"));

        browser.open("/login?lang=zh-CN");
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/no-such-page");
        assertThat(browser.text(By.id("error-title"))).isEqualTo("页面不存在");
        assertThat(browser.find(By.id("sidebar")).isDisplayed()).isTrue();
        browser.screenshot("error-404-admin-zh");
        browser.click(By.id("lang-switch"));
        browser.waitForText(By.id("error-title"), "Page not found");
        assertThat(browser.currentUrl()).contains("/admin/no-such-page?lang=");
        browser.screenshot("error-404-admin-en");
        violations.addAll(axeAsShown("/admin/no-such-page?lang=en"));
        browser.open("/admin?lang=zh_CN");
        assertThat(violations).isEmpty();
    }

    @Test
    void theQuickSearchIsUsedByKeyboard() throws Exception {
        openBrowser().resize(1366, 768);
        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin");

        WebElement box = browser.find(By.id("quick-search"));
        box.sendKeys("成都");
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("quick-search-results")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.text(By.id("quick-search-results"))).contains("城市", "成都市");
        assertThat(axeAsShown("/admin (suggestions open)")).isEmpty();
        box.sendKeys(Keys.ARROW_DOWN);
        String chosen = box.getAttribute("aria-activedescendant");
        assertThat(browser.driver().findElement(By.id(chosen)).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id(chosen)).getText()).contains("成都市");
        browser.screenshot("quick-search-suggestions");

        box.sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/cities/510100"));

        WebElement again = browser.find(By.id("quick-search"));
        again.sendKeys("成都", Keys.ENTER);
        wait(ExpectedConditions.urlContains("/admin/search?q="));
        assertThat(browser.text(By.tagName("main"))).contains("成都市");
    }

    @Test
    void aLiaisonsHomeShowsTheCitysWork() throws Exception {
        long person = fixtures.person("济宁浏览器联络员");
        fixtures.appoint("370800", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, "370800", "370000", person);
        openBrowser().resize(1366, 768);
        signIn(liaison, Fixtures.PASSWORD);

        assertThat(browser.text(By.id("home-replies"))).contains("待回执的通知");
        assertThat(browser.text(By.id("home-tasks"))).contains("本市办理中的任务");
        assertThat(browser.driver().findElements(By.id("quick-search"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("coverage-percent"))).isEmpty();
        assertThat(browser.find(By.id("nav-my-city")).isDisplayed()).isTrue();
        browser.screenshot("liaison-home");
        assertThat(axeThreeWays("/admin")).isEmpty();
    }

    /** axe-core on the page at normal size, with the root font at 150 % and in forced colours. */
    private List<String> axeThreeWays(String path) throws Exception {
        List<String> found = new ArrayList<>(axe(path));
        browser.driver().executeScript("document.documentElement.style.fontSize = '150%'");
        found.addAll(axeAsShown(path + " (150 %)"));
        browser.screenshot("large-font" + path.replaceAll("[^a-z0-9]+", "-"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
        try {
            browser.open(path);
            browser.find(By.tagName("main"));
            found.addAll(axeAsShown(path + " (forced colours)"));
            browser.screenshot("forced-colors" + path.replaceAll("[^a-z0-9]+", "-"));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        return found;
    }

    private static WebElement topBar(Browser browser) {
        return browser.find(By.id("topbar"));
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        browser.waitUpTo(java.time.Duration.ofSeconds(10)).until(condition);
    }
}
