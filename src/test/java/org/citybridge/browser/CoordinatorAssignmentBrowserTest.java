package org.citybridge.browser;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province coordinators assigned from the city list in Chromium, on Guizhou (520000) and Yunnan (530000): pick a
 * Guizhou city, choose a Yunnan coordinator for Guizhou, preview, apply, undo; axe-core finds nothing on these pages.
 */
class CoordinatorAssignmentBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorAssignsACoordinatorFromTheCityListAndUndoesIt() throws Exception {
        String username = fixtures.account(Role.PROVINCE, null, "530000", null);
        long account = jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        List<String> violations = new ArrayList<>();

        browser.open("/admin/cities?province=520000");
        browser.waitForText(By.id("results"), "贵阳市");
        browser.click(By.id("bulk-clear"));
        browser.click(By.id("pick-520100"));
        browser.waitForText(By.id("bulk-count"), "已选 1 个城市");
        browser.click(By.id("bulk-coordinators"));
        browser.waitForText(By.tagName("h1"), "设置省级协会联络人");
        assertThat(browser.text(By.id("coordinators"))).contains("贵州省").doesNotContain("云南省\n");
        assertThat(browser.source()).contains("id=\"province-520000\"").doesNotContain("id=\"province-530000\"");
        browser.screenshot("coordinators-01-form");

        browser.selectByValue(By.id("choice-0"), String.valueOf(account));
        browser.click(By.id("coordinators-preview"));
        browser.waitForText(By.id("coordinators-summary"), "将变更 1 个账号，0 个账号不变。");
        assertThat(browser.text(By.id("change-" + account))).contains(username).contains("云南省").contains("贵州省");
        browser.screenshot("coordinators-02-preview");

        browser.click(By.id("coordinators-apply"));
        browser.waitForText(By.cssSelector("main"), "省级协会联络人已指派");
        assertThat(browser.text(By.id("batch-description"))).isEqualTo("指派省级协会联络人");
        browser.screenshot("coordinators-03-batch");

        browser.click(By.id("batch-undo"));
        browser.waitForText(By.tagName("h1"), "撤销联络人指派 #");
        assertThat(browser.text(By.id("change-" + account))).contains("贵州省").contains("云南省");
        browser.click(By.id("coordinators-apply"));
        browser.waitForText(By.id("batch-description"), "撤销 #");
        assertThat(jdbc.sql("SELECT province_code FROM user_account WHERE id = :id").param("id", account)
                .query(String.class).single()).isEqualTo("530000");

        violations.addAll(axe("/admin/users/coordinators"));
        violations.addAll(axe("/admin/users/coordinators/batches"));
        violations.addAll(axe("/admin/users"));
        assertThat(violations).isEmpty();
    }
}
