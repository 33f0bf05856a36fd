package org.citybridge.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff send a circular with a delegates receipt to Sichuan; Chengdu's liaison replies; staff follow and export. */
class CircularBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffIssueToSichuanChengduRepliesWithTwoDelegatesStaffSeeTheFigureAndExport() throws Exception {
        fixtures.member("510100", "510700", "510600", "511000");
        long liaison = fixtures.person("陈晓");
        fixtures.appoint("510100", liaison, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        String chengdu = fixtures.account(Role.LIAISON, "510100", null, liaison);
        long sichuanMembers = jdbc.sql("SELECT count(*) FROM city WHERE province_code = '510000' AND membership = 'MEMBER'")
                .query(Long.class).single();
        openBrowser();

        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/circulars");
        browser.click(By.id("new-circular"));
        browser.type(By.id("circular-docNumber"), "市协联〔2026〕88号");
        browser.type(By.id("circular-title"), "关于参加2026年城市联络工作培训班的通知");
        typeRichText("circular-bodyHtml", "请各市选派两名同志参加培训。");
        browser.click(By.id("mode-PROVINCES"));
        browser.selectByText(By.id("circular-provinces"), "四川省");
        browser.waitForText(By.id("reach"), "将发送至 " + sichuanMembers + " 个城市");
        browser.click(By.id("circular-receiptEnabled"));
        browser.setValue(By.id("circular-deadline"), LocalDateTime.now().plusDays(7).withSecond(0).withNano(0).toString().substring(0, 16));
        browser.click(By.id("add-field"));
        browser.type(By.name("fields[0].label"), "参训人员");
        browser.selectByValue(By.name("fields[0].type"), "DELEGATES");
        browser.screenshot("10-circular-draft");
        browser.click(By.id("save-draft"));
        browser.waitForText(By.id("circular-status"), "草稿");
        assertThat(browser.text(By.id("reach"))).contains(String.valueOf(sichuanMembers));
        browser.click(By.id("issue"));
        browser.waitForText(By.id("issue-dialog"), "签发后将向 " + sichuanMembers + " 个城市发送此通知");
        browser.click(By.id("issue-dialog-confirm"));
        browser.waitForText(By.id("headline"), "已回执 0/" + sichuanMembers + " 个城市");
        browser.screenshot("11-circular-issued");
        signOut();

        signIn(chengdu, Fixtures.PASSWORD);
        browser.open("/admin/inbox");
        browser.waitForText(By.id("inbox"), "关于参加2026年城市联络工作培训班的通知");
        assertThat(browser.text(By.id("inbox"))).contains("未读");
        browser.click(By.linkText("关于参加2026年城市联络工作培训班的通知"));
        browser.waitForText(By.id("circular-title"), "培训班");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark-read")));
        assertThat(jdbc.sql("""
                        SELECT d.read_by FROM circular_delivery d JOIN circular c ON c.id = d.circular_id
                        WHERE c.doc_number = '市协联〔2026〕88号' AND d.city_code = '510100'""")
                .query(String.class).single()).as("the page marks the copy read by its own POST").isEqualTo(chengdu);
        assertThat(browser.text(By.cssSelector(".circular-body"))).contains("请各市选派两名同志参加培训。");
        List<WebElement> names = browser.driver().findElements(By.name("a.f1.name"));
        names.get(0).sendKeys("陈晓");
        browser.driver().findElements(By.name("a.f1.post")).get(0).sendKeys("市政府副秘书长");
        browser.driver().findElements(By.name("a.f1.phone")).get(0).sendKeys("13908001111");
        browser.click(By.cssSelector(".add-delegate"));
        browser.driver().findElements(By.name("a.f1.name")).get(1).sendKeys("刘洋");
        browser.driver().findElements(By.name("a.f1.post")).get(1).sendKeys("办公厅联络处处长");
        browser.driver().findElements(By.name("a.f1.phone")).get(1).sendKeys("028-86001234");
        browser.screenshot("12-liaison-receipt");
        browser.click(By.id("submit-receipt"));
        browser.waitForText(By.cssSelector("main"), "回执已保存");
        assertThat(browser.text(By.id("delivery-status"))).isEqualTo("按时回执");
        // amended before the deadline: the second delegate's phone changes
        WebElement amend = browser.find(By.id("submit-receipt"));
        assertThat(amend.getText()).isEqualTo("修改回执");
        WebElement phone = browser.driver().findElements(By.name("a.f1.phone")).get(1);
        assertThat(phone.getAttribute("value")).isEqualTo("028-86001234");
        phone.clear();
        phone.sendKeys("028-86009999");
        browser.click(By.id("submit-receipt"));
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(amend));
        browser.waitForText(By.cssSelector("main"), "回执已保存");
        assertThat(browser.driver().findElements(By.name("a.f1.phone")).get(1).getAttribute("value")).isEqualTo("028-86009999");
        signOut();

        signIn("admin", ADMIN_PASSWORD);
        browser.open("/admin/circulars");
        browser.click(By.xpath("//tr[.//a[text()='关于参加2026年城市联络工作培训班的通知']]//a[starts-with(text(), '已回执 1/')]"));
        browser.waitForText(By.id("headline"), "已回执 1/" + sichuanMembers + " 个城市");
        assertThat(browser.text(By.id("tracking-table"))).contains("成都市").contains("按时回执").contains("陈晓").contains("刘洋");
        browser.screenshot("13-tracking");
        String export = browser.find(By.id("export-delegates")).getAttribute("href");
        List<List<String>> rows = download(export);
        assertThat(rows.get(0)).contains("姓名", "职务", "电话");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("成都市", "陈晓", "市政府副秘书长", "13908001111"))
                .anySatisfy(row -> assertThat(row).contains("成都市", "刘洋", "028-86009999"))
                .noneSatisfy(row -> assertThat(row).contains("028-86001234"));
    }



    /** Fetches a link with the browser's session, as clicking it would download the file. */
    private List<List<String>> download(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        }
    }
}
