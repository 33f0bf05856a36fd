package org.citybridge.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff choose an attachment, then press 添加问题: the file is still there, named, and the saved draft carries it. */
class CircularAttachmentBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChosenAttachmentSurvivesAddingAQuestionAndIsSavedWithTheDraft() throws Exception {
        String staff = fixtures.account(Role.STAFF);
        Path agenda = Files.createTempFile("会议议程", ".pdf");
        Files.write(agenda, "%PDF-1.4\n% agenda\n".getBytes());
        openBrowser();
        signIn(staff, Fixtures.PASSWORD);

        browser.open("/admin/circulars/new");
        browser.type(By.id("circular-docNumber"), "市协联〔2026〕977号");
        browser.type(By.id("circular-title"), "关于报送年度联络工作总结的通知");
        typeRichText("circular-bodyHtml", "请按附件要求报送。");
        browser.find(By.id("circular-files")).sendKeys(agenda.toAbsolutePath().toString());
        assertThat(browser.text(By.id("circular-files-limits"))).contains("每个文件不超过 20 MB").contains("PDF/OFD/Word/WPS/Excel/PowerPoint/ZIP 压缩包/图片");
        browser.click(By.id("circular-receiptEnabled"));
        browser.setValue(By.id("circular-deadline"),
                LocalDateTime.now().plusDays(7).withSecond(0).withNano(0).toString().substring(0, 16));
        browser.click(By.id("add-field"));

        browser.waitForText(By.id("circular-files-held"), agenda.getFileName().toString());
        browser.type(By.name("fields[0].label"), "联系人");
        browser.click(By.id("save-draft"));
        browser.waitForText(By.id("circular-status"), "草稿");
        long attached = jdbc.sql("""
                        SELECT count(*) FROM circular_attachment a JOIN circular c ON c.id = a.circular_id
                        WHERE c.doc_number = '市协联〔2026〕977号'""").query(Long.class).single();
        assertThat(attached).isEqualTo(1);
    }
}
