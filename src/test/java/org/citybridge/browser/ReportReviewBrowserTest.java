package org.citybridge.browser;

import java.time.LocalDate;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff return a report with an opinion, the liaison sends it again, staff reject it; each side sees where it stands. */
class ReportReviewBrowserTest extends BrowserJourney {

    @Test
    void staffReturnAReportTheLiaisonResubmitsAndStaffRejectIt() throws Exception {
        long person = fixtures.person("郑退回");
        fixtures.appoint("510100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String liaison = fixtures.account(Role.LIAISON, "510100", null, person);
        String staff = fixtures.account(Role.STAFF);
        openBrowser();

        signIn(liaison, Fixtures.PASSWORD);
        browser.open("/admin/submissions/new");
        browser.type(By.id("submission-title"), "成都市联络工作月报");
        browser.selectByValue(By.id("submission-kind"), "CITY_NEWS");
        typeRichText("submission-bodyHtml", "本月开展联络工作三次。");
        browser.click(By.id("submit-report"));
        browser.waitForText(By.id("submission-status"), "待审核");
        String report = browser.currentUrl();
        signOut();

        signIn(staff, Fixtures.PASSWORD);
        browser.driver().get(report);
        browser.click(By.cssSelector("#action-return button[type=submit]"));
        browser.find(By.cssSelector("#opinion-return.is-invalid"));
        browser.type(By.id("opinion-return"), "请补充活动照片");
        browser.click(By.cssSelector("#action-return button[type=submit]"));
        browser.waitForText(By.id("submission-status"), "退回修改");
        signOut();

        signIn(liaison, Fixtures.PASSWORD);
        browser.driver().get(report);
        browser.waitForText(By.id("latest-opinion"), "请补充活动照片");
        browser.click(By.id("submit-now"));
        browser.waitForText(By.id("submission-status"), "待审核");
        signOut();

        signIn(staff, Fixtures.PASSWORD);
        browser.driver().get(report);
        browser.type(By.id("opinion-reject"), "内容与上月重复");
        browser.click(By.cssSelector("#action-reject button[type=submit]"));
        browser.waitForText(By.id("submission-status"), "不予采用");
        assertThat(browser.driver().findElements(By.id("action-reject"))).as("nothing left to review").isEmpty();
        signOut();

        signIn(liaison, Fixtures.PASSWORD);
        browser.driver().get(report);
        browser.waitForText(By.id("latest-opinion"), "内容与上月重复");
        assertThat(browser.text(By.id("submission-status"))).isEqualTo("不予采用");
        assertThat(browser.driver().findElements(By.id("submit-now"))).as("a rejected report is not sent again").isEmpty();
    }
}
