package org.citybridge.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's main journey in a real headless Chromium against the running application. */
class RosterBrowserTest extends BrowserJourney {


    @Test
    void staffFindChengduAppointHandOverImportAndSwitchToEnglish() throws Exception {
        openBrowser();

        signIn("admin", ADMIN_PASSWORD);
        browser.find(By.id("coverage"));
        browser.screenshot("01-dashboard");

        browser.open("/admin/cities");
        browser.type(By.id("q"), "成都");
        browser.waitForText(By.id("results"), "成都市");
        assertThat(browser.text(By.id("results"))).doesNotContain("深圳市");
        browser.screenshot("02-find-chengdu");
        browser.click(By.linkText("成都市"));
        browser.waitForText(By.id("city-name"), "成都市");

        browser.type(By.id("appoint-person.name"), "张伟");
        browser.type(By.id("appoint-person.mobile"), "13911112222");
        browser.type(By.id("appoint-person.post"), "市政府副秘书长");
        browser.click(By.cssSelector("#appoint-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "已任命联络员");
        browser.screenshot("03-appointed");

        browser.click(By.xpath("//summary[contains(., '交接给继任者')]"));
        browser.type(By.xpath("//form[contains(@class,'handover-form')]//input[contains(@id,'-person.name')]"), "李娜");
        browser.type(By.xpath("//form[contains(@class,'handover-form')]//input[contains(@id,'-person.mobile')]"), "13933334444");
        browser.click(By.cssSelector(".handover-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "已完成交接");
        String history = browser.text(By.id("history"));
        assertThat(history).contains("张伟").contains("李娜").contains("已离任").contains("在任");
        browser.screenshot("04-handed-over");

        Path roster = Files.createTempFile("roster", ".xlsx");
        Files.write(roster, RosterFile.of(RosterFile.line().with("name", "王芳"),
                RosterFile.line().with("name", "赵强").with("mobile", "12345")));
        browser.open("/admin/roster/import");
        browser.find(By.id("file")).sendKeys(roster.toAbsolutePath().toString());
        browser.click(By.id("preview"));
        browser.waitForText(By.id("import-summary"), "共 2 行，其中 1 行正确");
        assertThat(browser.text(By.id("row-3"))).contains("赵强").contains("手机");
        browser.screenshot("05-import-preview");
        browser.click(By.id("commit-valid"));
        browser.waitForText(By.id("import-result"), "导入完成");

        browser.click(By.id("lang-switch"));
        browser.waitForText(By.cssSelector("nav"), "Cities");
        browser.open("/admin/cities/510100");
        browser.waitForText(By.id("history"), "Primary liaison");
        assertThat(browser.source()).contains("Appointment history").contains("Active liaisons").contains("王芳");
        browser.screenshot("06-english");
    }
}
