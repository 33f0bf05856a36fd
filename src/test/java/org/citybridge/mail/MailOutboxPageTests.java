package org.citybridge.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.mail.outbox.MailDispatcher;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.citybridge.support.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded default has no SMTP server: mail is "delivered" to the log, without its body, and read on the outbox
 * page, which only administrators reach. Runs in the shared context, so it only looks at its own rows.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxPageTests {

    private static final String ADMIN_PASSWORD = Fixtures.ADMIN_PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void withoutSmtpServerMailIsLoggedWithoutItsBodyAndReadableByAdministrators(CapturedOutput output) throws Exception {
        String recipient = "log-mode-" + System.nanoTime() + "@example.cn";
        String body = "您的临时登录码为 K7-SECRET-493，请勿转告他人。";
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                outbox.enqueue(new OutgoingMail(recipient, "平台账号开通通知", body, "account-created")));
        long id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :r").param("r", recipient).query(Long.class).single();

        dispatcher.dispatchDue();

        Map<String, Object> row = jdbc.sql("SELECT status, attempts, sent_at FROM mail_outbox WHERE id = :id").param("id", id)
                .query().singleRow();
        assertThat(row).containsEntry("status", "LOGGED").containsEntry("attempts", 1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(output.getAll()).contains("Mail #" + id + " [account-created] to " + recipient + " logged")
                .doesNotContain("K7-SECRET-493");

        Cookie admin = Sessions.login(mvc, "admin", ADMIN_PASSWORD);
        mvc.perform(get("/admin/mail").param("recipient", recipient.toUpperCase()).param("status", "LOGGED").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平台账号开通通知")))
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("已记录（未配置邮件服务器）")))
                .andExpect(content().string(not(containsString("K7-SECRET-493"))));
        mvc.perform(get("/admin/mail").param("recipient", recipient).param("status", "FAILED").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的邮件")))
                .andExpect(content().string(not(containsString("/admin/mail/" + id))));
        mvc.perform(get("/admin/mail/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(body)))
                .andExpect(content().string(containsString("account-created")));
        mvc.perform(get("/admin/mail/" + id).param("lang", "en").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Logged (no mail server)")));
        mvc.perform(get("/admin").cookie(admin)).andExpect(content().string(containsString("href=\"/admin/mail\"")));
    }

    @Test
    void everyMailIsSignedWithTheAssociationsNameAndTheFilterNamesTheKinds() throws Exception {
        String recipient = "signed-" + System.nanoTime() + "@example.cn";
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                outbox.enqueue(new OutgoingMail(recipient, "通知", "张三同志：\n\n请查阅通知。\n", "circular-issued")));

        assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = :r").param("r", recipient).query(String.class).single())
                .isEqualTo("张三同志：\n\n请查阅通知。\n\n中国城市联络协会秘书处\n本邮件由城市联络工作平台自动发送，请勿直接回复。");
        Cookie admin = Sessions.login(mvc, "admin", ADMIN_PASSWORD);
        mvc.perform(get("/admin/mail").param("recipient", recipient).cookie(admin))
                .andExpect(content().string(containsString("<option value=\"circular-issued\">通知签发</option>")))
                .andExpect(content().string(containsString("<td>通知签发</td>")));
        mvc.perform(get("/admin/mail").param("recipient", recipient).cookie(admin).cookie(new Cookie("citybridge-lang", "en")))
                .andExpect(content().string(containsString(">Circular issued</option>")));
    }

    @Test
    void theMessagePageListsItsAttachmentsByNameTypeAndSize() throws Exception {
        String recipient = "attached-" + System.nanoTime() + "@example.cn";
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(new OutgoingMail(
                recipient, "报名确认", "日程见附件。", "test", List.of(new MailAttachment("会议日程.ics", "text/calendar",
                        "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))))));
        long id = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = :r").param("r", recipient).query(Long.class).single();

        Cookie admin = Sessions.login(mvc, "admin", ADMIN_PASSWORD);
        mvc.perform(get("/admin/mail/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("附件")))
                .andExpect(content().string(containsString("会议日程.ics")))
                .andExpect(content().string(containsString("（text/calendar，15 字节）")));
        mvc.perform(get("/admin/mail/" + id).param("lang", "en").cookie(admin))
                .andExpect(content().string(containsString("(text/calendar, 15 bytes)")));
    }

    @Test
    void administratorsRetryFailedMail() throws Exception {
        long failed = insert("FAILED", 10);
        long logged = insert("LOGGED", 1);
        Cookie admin = Sessions.login(mvc, "admin", ADMIN_PASSWORD);

        mvc.perform(get("/admin/mail").param("status", "FAILED").param("recipient", "retry-" ).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/mail/" + failed + "/retry")));
        mvc.perform(post("/admin/mail/" + failed + "/retry").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/mail/" + failed));
        assertThat(jdbc.sql("SELECT status || ':' || attempts FROM mail_outbox WHERE id = :id").param("id", failed)
                .query(String.class).single()).isEqualTo("PENDING:0");

        mvc.perform(post("/admin/mail/" + logged + "/retry").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/mail/" + logged));
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE id = :id").param("id", logged).query(String.class).single())
                .isEqualTo("LOGGED");
        mvc.perform(get("/admin/mail/999999999").cookie(admin)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsReachTheOutbox() throws Exception {
        long id = insert("FAILED", 10);
        fixtures.member("510100");
        long person = fixtures.person("发件箱联络员");
        fixtures.appoint("510100", person, LiaisonRole.PRIMARY, LocalDate.of(2024, 1, 1));
        for (String user : new String[]{fixtures.account(Role.STAFF), fixtures.account(Role.EDITOR),
                fixtures.account(Role.LIAISON, "510100", null, person), fixtures.account(Role.PROVINCE, null, "510000", null)}) {
            Cookie session = Sessions.login(mvc, user, Fixtures.PASSWORD);
            mvc.perform(get("/admin/mail").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/mail/" + id).cookie(session)).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("不应泄露的正文"))));
            mvc.perform(post("/admin/mail/" + id + "/retry").cookie(session).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin").cookie(session)).andExpect(content().string(not(containsString("href=\"/admin/mail\""))));
        }
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("FAILED");
        mvc.perform(get("/admin/mail")).andExpect(status().is3xxRedirection());
    }

    private long insert(String status, int attempts) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, topic, status, attempts, created_at, next_attempt_at, last_error)
                        VALUES (:to, '重试测试', '不应泄露的正文', 'retry-test', :status, :attempts, :now, :now, 'Connection refused')
                        RETURNING id""")
                .param("to", "retry-" + System.nanoTime() + "@example.cn").param("status", status).param("attempts", attempts)
                .param("now", now)
                .query(Long.class).single();
    }
}
