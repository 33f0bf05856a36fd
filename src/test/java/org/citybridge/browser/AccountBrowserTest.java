package org.citybridge.browser;

import java.time.LocalDate;

import org.citybridge.directory.Appointee;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.platform.Dates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator opens a liaison account by city and person names; after a handover it is told its post ended. */
class AccountBrowserTest extends BrowserJourney {

    private static final String PASSWORD = "Sichuan-north-2026x";

    @Autowired
    Appointments appointments;
    @Autowired
    Dates dates;

    @Test
    void anAccountIsLinkedByNameAndClosesWhenThePostIsHandedOver() throws Exception {
        long person = fixtures.person("吴在任");
        long post = fixtures.appoint("510800", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);

        browser.open("/admin/users/new");
        browser.type(By.id("account-username"), "guangyuan-liaison");
        browser.type(By.id("account-password"), PASSWORD);
        browser.selectByValue(By.id("account-role"), "LIAISON");
        browser.type(By.id("account-cityFilter"), "广元");
        assertThat(browser.source()).as("the filter announces what it found").contains("找到 1 个城市");
        browser.selectByText(By.id("account-cityCode"), "广元市");
        browser.waitForText(By.id("account-person-field"), "吴在任（在任）");
        browser.selectByText(By.id("account-personId"), "吴在任（在任）");
        browser.screenshot("accounts-01-new-liaison");
        browser.click(By.cssSelector("#account-form button[type=submit]"));
        browser.waitForText(By.cssSelector("main"), "账号已创建");
        assertThat(browser.source()).contains("selected=\"selected\">吴在任（在任）</option>");

        browser.open("/admin/users");
        String accounts = browser.text(By.id("accounts"));
        assertThat(accounts).contains("guangyuan-liaison").contains("广元市").contains("吴在任");
        signOut();

        fixtures.asAdmin(() -> appointments.handOver("510800", post, Appointee.existing(fixtures.person("郑继任")),
                dates.today()));
        signIn("guangyuan-liaison", PASSWORD);
        browser.waitForText(By.id("no-post"), "您在广元市的联络员任职已于 " + dates.today() + " 结束");
        browser.screenshot("accounts-02-post-ended");
        browser.open("/admin/cities/510800");
        browser.waitForText(By.id("no-post"), "广元市");
    }
}
