package org.citybridge.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk changes from the city list in Chromium, on Shandong's cities (province 37, which no other test makes members):
 * filter, pick two cities (one by keyboard), make them members after a preview, tag all 26 county-level cities with
 * "all matching", see both batches in the log and undo the first; axe-core finds nothing on these pages.
 */
class BulkMembershipBrowserTest extends BrowserJourney {

    @Test
    void staffFilterSelectPreviewApplySeeTheBatchAndUndoIt() throws Exception {
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        List<String> violations = new ArrayList<>();

        browser.open("/admin/cities");
        browser.selectByValue(By.id("province"), "370000");
        browser.waitForText(By.id("results"), "济南市");
        browser.click(By.id("bulk-clear"));
        browser.click(By.id("pick-370100"));
        browser.find(By.id("pick-370200")).sendKeys(Keys.SPACE);
        browser.waitForText(By.id("bulk-count"), "已选 2 个城市");
        browser.type(By.id("q"), "济南");
        browser.waitForText(By.cssSelector("label[for='bulk-all-matching']"), "选择全部 1 个");
        assertThat(browser.text(By.id("bulk-count"))).isEqualTo("已选 2 个城市");
        browser.screenshot("bulk-01-selected");
        violations.addAll(axeAsShown("city list with selection"));

        browser.selectByValue(By.id("bulk-action"), "SET_MEMBERSHIP");
        browser.selectByValue(By.id("bulk-membership"), "MEMBER");
        browser.setValue(By.id("bulk-memberSince"), "2025-03-01");
        browser.click(By.id("bulk-preview"));
        browser.waitForText(By.id("bulk-summary"), "将变更 2 个城市，0 个城市不变。");
        assertThat(browser.text(By.id("change-370100"))).contains("济南市").contains("非会员").contains("会员（2025-03-01 入会）");
        assertThat(browser.text(By.id("change-370200"))).contains("青岛市");
        browser.screenshot("bulk-02-preview");
        violations.addAll(axeAsShown("membership preview"));

        browser.click(By.id("bulk-apply"));
        browser.waitForText(By.cssSelector("main"), "批量操作已执行。");
        String firstBatch = browser.text(By.id("batch-title"));
        assertThat(browser.text(By.id("batch-description"))).isEqualTo("设为会员");
        browser.screenshot("bulk-03-batch");
        violations.addAll(axeAsShown("batch"));

        browser.open("/admin/cities?province=370000&level=COUNTY");
        browser.waitForText(By.id("results"), "胶州市");
        browser.waitForText(By.id("bulk-count"), "已选 0 个城市");
        browser.click(By.id("bulk-all-matching"));
        browser.waitForText(By.id("bulk-count"), "已选 26 个城市");
        browser.selectByValue(By.id("bulk-action"), "ADD_TAG");
        browser.type(By.id("bulk-tag"), "鲁县级市");
        browser.click(By.id("bulk-preview"));
        browser.waitForText(By.id("bulk-summary"), "将变更 26 个城市，0 个城市不变。");
        browser.screenshot("bulk-04-all-matching-preview");
        browser.click(By.id("bulk-apply"));
        browser.waitForText(By.id("batch-description"), "添加标签“鲁县级市”");

        violations.addAll(axe("/admin/cities/batches"));
        assertThat(browser.text(By.id("batches"))).contains("设为会员").contains("添加标签“鲁县级市”");
        browser.screenshot("bulk-05-batches");

        String firstId = firstBatch.replaceAll("\\D", "");
        browser.click(By.cssSelector("#batch-" + firstId + " a.btn"));
        browser.waitForText(By.tagName("h1"), "撤销批量操作 #" + firstId + " 的预览");
        assertThat(browser.text(By.id("change-370100"))).contains("会员（2025-03-01 入会）").contains("非会员");
        browser.screenshot("bulk-06-undo-preview");
        violations.addAll(axeAsShown("undo preview"));
        browser.click(By.id("bulk-apply"));
        browser.waitForText(By.id("batch-description"), "撤销 #" + firstId);

        browser.open("/admin/cities?province=370000&q=济南");
        browser.waitForText(By.id("results"), "济南市");
        assertThat(browser.text(By.id("results"))).contains("非会员");
        browser.open("/admin/cities/batches/" + firstId);
        assertThat(browser.text(By.tagName("main"))).contains("已由 #");
        browser.screenshot("bulk-07-undone");

        violations.addAll(axe("/admin/cities/members/import"));
        assertThat(violations).isEmpty();
    }
}
