package org.citybridge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citybridge.support.RosterFile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A secretariat's own sheet whose columns are not all recognised: the mapping step asks, shows the first rows as the
 * chosen columns read them, saves the mapping under a name, and the next file of that shape goes straight through.
 */
class RosterMappingBrowserTest extends BrowserJourney {

    @Test
    void staffMapAnUnknownColumnSeeThePreviewChangeSaveTheMappingAndImport() throws Exception {
        openBrowser();
        signIn("admin", ADMIN_PASSWORD);
        Path sheet = Files.createTempFile("own-roster", ".xlsx");
        Files.write(sheet, RosterFile.xlsx("Sheet1", List.of("城市", "联系人员", "类型", "任职时间", "备注"), List.of(
                List.of("成都", "柏文一", "主联络员", "2025-3-1", "新任"),
                List.of("杭州", "柏文二", "副联络员", "2025/3/1", ""))));

        browser.open("/admin/roster/import");
        browser.find(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.click(By.id("preview"));
        browser.waitForText(By.id("mapping-doubts"), "未找到“姓名”列");
        assertThat(browser.text(By.id("sample-table"))).doesNotContain("柏文一").contains("姓名为必填项");
        assertThat(axeAsShown("roster import mapping")).isEmpty();
        browser.screenshot("mapping-01-unsure");

        browser.selectByValue(By.id("col-1"), "name");
        browser.waitForText(By.id("sample-table"), "柏文一");
        assertThat(browser.text(By.id("row-2"))).contains("成都市").contains("柏文一").contains("2025-03-01").contains("正确");
        assertThat(browser.text(By.id("row-3"))).contains("杭州市").contains("柏文二").contains("正确");
        assertThat(axeAsShown("roster import mapping, mapped")).isEmpty();
        browser.screenshot("mapping-02-mapped");

        browser.type(By.id("saveAs"), "市政府办格式");
        browser.click(By.id("mapping-continue"));
        browser.waitForText(By.id("import-summary"), "共 2 行，其中 2 行正确");
        assertThat(browser.text(By.id("import-ignored"))).contains("备注");
        assertThat(browser.text(By.id("mapping-saved"))).contains("市政府办格式");
        assertThat(axeAsShown("roster import job")).isEmpty();
        browser.screenshot("mapping-03-checked");
        browser.click(By.id("commit-valid"));
        browser.waitForText(By.id("import-result"), "导入完成：新建人员 2 人");

        browser.open("/admin/roster/import");
        browser.find(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.selectByText(By.id("mapping"), "市政府办格式");
        browser.click(By.id("preview"));
        browser.waitForText(By.id("import-summary"), "共 2 行，其中 2 行正确");
        browser.click(By.id("commit-all"));
        browser.waitForText(By.id("import-result"), "未变化 2 行");
        browser.open("/admin/roster/import");
        assertThat(browser.text(By.id("recent-imports"))).contains("全部正确才导入").contains("已完成");
        browser.screenshot("mapping-04-reused");

        String id = browser.find(By.xpath("//table[@id='saved-mappings']//tr[td[normalize-space()='市政府办格式']]"))
                .getAttribute("data-mapping");
        browser.click(By.cssSelector("tr[data-mapping='" + id + "'] button[type=submit]"));
        assertThat(browser.text(By.id("confirm-mapping-" + id))).contains("映射“市政府办格式”将被删除");
        browser.click(By.id("confirm-mapping-" + id + "-yes"));
        browser.waitForText(By.id("mapping-deleted"), "映射“市政府办格式”已删除。");
        assertThat(browser.source()).doesNotContain("data-mapping=\"" + id + "\"");
    }
}
