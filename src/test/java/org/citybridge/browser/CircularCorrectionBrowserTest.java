package org.citybridge.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in by keyboard only, hit a validation error, issue a circular to Sichuan, download the tracking workbook
 * through the browser, correct the circular and withdraw it; Chengdu's liaison sees the correction, then the withdrawal.
 */
class CircularCorrectionBrowserTest extends BrowserJourney {

    @Test
    void staffCorrectAndWithdrawAnIssuedCircularAndDownloadItsTracking() throws Exception {
        fixtures.member("510100");
        long liaison = fixtures.person("吴更正");
        fixtures.appoint("510100", liaison, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String chengdu = fixtures.account(Role.LIAISON, "510100", null, liaison);
        String staff = fixtures.account(Role.STAFF);
        openBrowser();

        signInByKeyboard(staff, Fixtures.PASSWORD);

        browser.open("/admin/circulars/new");
        browser.type(By.id("circular-docNumber"), "市协联〔2026〕515号");
        browser.click(By.id("save-draft"));
        WebElement title = browser.find(By.id("circular-title"));
        assertThat(title.getAttribute("class")).contains("is-invalid");
        assertThat(browser.text(By.id(title.getAttribute("aria-describedby")))).isEqualTo("此项为必填。");
        assertThat(browser.find(By.id("circular-docNumber")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("市协联〔2026〕515号");

        browser.type(By.id("circular-title"), "关于报送联络员名单的通知");
        typeRichText("circular-bodyHtml", "请于月底前报送。");
        browser.click(By.id("mode-PROVINCES"));
        browser.selectByText(By.id("circular-provinces"), "四川省");
        browser.click(By.id("save-draft"));
        browser.waitForText(By.id("circular-status"), "草稿");
        browser.click(By.id("issue"));
        browser.click(By.id("issue-dialog-confirm"));
        browser.find(By.id("headline"));
        String tracking = browser.currentUrl();

        Path downloads = Files.createTempDirectory("citybridge-downloads");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.click(By.id("export-cities"));
        Path workbook = downloaded(downloads);
        assertThat(workbook.getFileName().toString()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertThat(cells.toString()).contains("成都市");
        }

        browser.driver().get(tracking.replace("/tracking", "/correct"));
        browser.type(By.id("correction-title"), "关于报送联络员名单的通知（更正）");
        browser.type(By.id("correction-note"), "标题补充更正字样");
        browser.click(By.cssSelector("#correction-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "通知已更正");
        String show = browser.currentUrl();
        signOut();

        signIn(chengdu, Fixtures.PASSWORD);
        browser.open("/admin/inbox");
        browser.click(By.partialLinkText("关于报送联络员名单的通知（更正）"));
        browser.waitForText(By.id("circular-title"), "（更正）");
        signOut();

        signIn(staff, Fixtures.PASSWORD);
        browser.driver().get(show);
        browser.click(By.xpath("//summary[normalize-space()='撤回']"));
        browser.type(By.id("withdraw-reason"), "名单改由系统自动汇总");
        browser.click(By.cssSelector("form[action$='/withdraw'] button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "原因：名单改由系统自动汇总");
        assertThat(browser.text(By.id("circular-status"))).isEqualTo("已撤回");
        signOut();

        signIn(chengdu, Fixtures.PASSWORD);
        browser.open("/admin/inbox");
        browser.waitForText(By.cssSelector(".withdrawn-notice"), "名单改由系统自动汇总");
        assertThat(browser.driver().findElements(By.partialLinkText("关于报送联络员名单的通知"))).isEmpty();
    }

    /** Tab to the login form, type, submit with Enter: no mouse. */
    private void signInByKeyboard(String username, String password) {
        browser.open("/login");
        browser.find(By.id("username"));
        Actions keys = new Actions(browser.driver());
        for (int tab = 0; tab < 30 && !"username".equals(focused().getAttribute("id")); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getAttribute("id")).as("the username field is reached by Tab").isEqualTo("username");
        keys.sendKeys(username).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        keys.sendKeys(password).sendKeys(Keys.ENTER).perform();
        browser.find(By.id("lang-switch"));
        assertThat(browser.currentUrl()).endsWith("/admin");
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** The one file Chromium finished writing into the folder (none partial: .crdownload). */
    private static Path downloaded(Path folder) {
        return browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> done = files.filter(f -> !f.toString().endsWith(".crdownload")).toList();
                return done.size() == 1 && Files.exists(done.get(0)) ? done.get(0) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }
}
