package org.citybridge.mail.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.citybridge.mail.MailAttachment;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.support.MutableClock;
import org.citybridge.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dispatcher against a real SMTP server (GreenMail on a free port) and the real PostgreSQL; the scheduler is off
 * and the clock is moved by hand, so every test drives the dispatcher itself and nothing depends on timing.
 */
@SpringBootTest(properties = {"citybridge.association-name=江南城市协会", "spring.mail.host=127.0.0.1", "citybridge.mail.scheduler-enabled=false", "citybridge.mail.max-attempts=10",
        "citybridge.mail.from=秘书处 <secretariat@citybridge.test>"})
@Import(TestClock.class)
// its own context and embedded PostgreSQL are closed right after this class instead of staying up for the whole run
@DirtiesContext
class SmtpDispatchTests {

    private static final int SMTP_PORT = freePort();
    private static final Instant START = TestClock.START;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailAdministration administration;
    @Autowired
    OutboxStore store;
    @Autowired
    MailChannel channel;
    @Autowired
    MailSettings settings;
    @Autowired
    MutableClock clock;
    @Autowired
    Clock injectedClock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    private GreenMail smtp;

    @BeforeEach
    void emptyOutbox() {
        assertThat(injectedClock).isSameAs(clock);
        clock.set(START);
        jdbc.sql("DELETE FROM mail_outbox").update();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void committedMailArrivesWithItsChineseTextAndRolledBackMailIsNeverSent() throws Exception {
        startSmtp();
        String subject = "关于召开2026年城市联络员工作会议的通知";
        String body = "各位联络员：\n\n请于3月15日前在平台上回执。\n深圳市、成都市请准备交流发言。";
        inTransaction(() -> outbox.enqueue(new OutgoingMail("liaison@chengdu.example.cn", subject, body, "circular-issued")));
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        rolledBack.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingMail("never@example.cn", "不应发出", "回滚的事务", "circular-issued"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> inTransaction(() -> {
            outbox.enqueueAll(List.of(new OutgoingMail("never@example.cn", "不应发出", "异常回滚", "task-assigned")));
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("x@example.cn", "无事务", "无事务", "t")))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(1, 0, false));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .as("signed with the configured association name").isEqualTo(body + "\n\n江南城市协会秘书处\n本邮件由城市联络工作平台自动发送，请勿直接回复。");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("liaison@chengdu.example.cn");
        assertThat(mail.getFrom()[0].toString()).contains("secretariat@citybridge.test");
        long id = jdbc.sql("SELECT id FROM mail_outbox").query(Long.class).single();
        assertThat(mail.getMessageID()).isEqualTo("<citybridge.outbox." + id + "@citybridge.test>");
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = 'never@example.cn'").query(Long.class).single()).isZero();
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1)
                .containsEntry("sent_at", java.sql.Timestamp.from(START));
    }

    @Test
    void attachmentsArriveIntactWithTheirNamesAndTypesAfterTheText() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CityBridge//Events//ZH\r\nMETHOD:PUBLISH\r\n"
                + "BEGIN:VEVENT\r\nUID:event-12-session-1@citybridge\r\nDTSTAMP:20260301T020000Z\r\n"
                + "DTSTART;TZID=Asia/Shanghai:20260315T090000\r\nSUMMARY:开幕式暨全体会议\r\nLOCATION:成都市锦江宾馆\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        byte[] binary = new byte[50_000];
        new Random(11).nextBytes(binary);
        String body = "张晓明同志：\n\n您的报名已确认，会议日程见附件，可导入日历。";
        inTransaction(() -> outbox.enqueueAll(List.of(
                new OutgoingMail("liaison@chengdu.example.cn", "报名确认：2026年全国城市联络员工作会议", body, "event-registered",
                        List.of(new MailAttachment("会议日程.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                                        ics.getBytes(StandardCharsets.UTF_8)),
                                new MailAttachment("代表证 张晓明.pdf", "application/pdf", binary))),
                new OutgoingMail("plain@example.cn", "无附件", "正文", "test"))));
        assertThat(jdbc.sql("SELECT name FROM mail_attachment ORDER BY position").query(String.class).list())
                .containsExactly("会议日程.ics", "代表证 张晓明.pdf");

        // the first attempt fails (no server yet): the attachments stay with the message for the next one
        assertThat(dispatcher.dispatchDue().failed()).isEqualTo(1);
        startSmtp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(2, 0, false));

        Map<String, MimeMessage> received = new HashMap<>();
        for (MimeMessage each : smtp.getReceivedMessages()) {
            received.put(each.getAllRecipients()[0].toString(), each);
        }
        MimeMessage mail = received.get("liaison@chengdu.example.cn");
        assertThat(mail.getSubject()).isEqualTo("报名确认：2026年全国城市联络员工作会议");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .startsWith(body).endsWith("江南城市协会秘书处\n本邮件由城市联络工作平台自动发送，请勿直接回复。");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getFileName()).isEqualTo("会议日程.ics");
        assertThat(calendar.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(calendar.getInputStream().readAllBytes()).isEqualTo(ics.getBytes(StandardCharsets.UTF_8));
        BodyPart file = parts.getBodyPart(2);
        assertThat(file.getFileName()).isEqualTo("代表证 张晓明.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(binary);
        assertThat(received.get("plain@example.cn").getContent()).as("a mail without attachments stays plain text")
                .isInstanceOf(String.class);

        jdbc.sql("DELETE FROM mail_outbox").update();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_attachment").query(Long.class).single()).isZero();
    }

    @Test
    void whileTheServerIsDownMailStaysPendingWithBackoffAndIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        inTransaction(() -> outbox.enqueueAll(IntStream.rangeClosed(1, 3)
                .mapToObj(i -> new OutgoingMail("city" + i + "@example.cn", "任务提醒 " + i, "请按期完成任务 " + i, "task-reminder"))
                .toList()));

        // each run stops at the first message the unreachable server could not take, leaving the others untouched
        for (int run = 0; run < 3; run++) {
            assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 1, false));
        }
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));
        assertAllPending(1, START.plusSeconds(30));
        assertThat(jdbc.sql("SELECT last_error FROM mail_outbox").query(String.class).list())
                .allSatisfy(error -> assertThat(error).contains("not reachable").contains(String.valueOf(SMTP_PORT)));

        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));
        clock.advance(Duration.ofSeconds(1));
        for (int run = 0; run < 3; run++) {
            assertThat(dispatcher.dispatchDue().failed()).isEqualTo(1);
        }
        assertAllPending(2, START.plusSeconds(30 + 60));

        startSmtp();
        clock.advance(Duration.ofSeconds(60));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(3, 0, false));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));

        assertThat(subjectCounts()).isEqualTo(Map.of("任务提醒 1", 1L, "任务提醒 2", 1L, "任务提醒 3", 1L));
        assertThat(jdbc.sql("SELECT status || ':' || attempts FROM mail_outbox").query(String.class).list())
                .containsOnly("SENT:3");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void afterTenFailedAttemptsMailIsFailedUntilAnAdministratorRetriesIt() throws Exception {
        inTransaction(() -> outbox.enqueue(new OutgoingMail("province@example.cn", "评估结果", "结果见附件", "evaluation")));
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(dispatcher.dispatchDue().failed()).isEqualTo(1);
            clock.advance(Duration.ofHours(1));
        }
        long id = jdbc.sql("SELECT id FROM mail_outbox").query(Long.class).single();
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 10);
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(0, 0, false));

        startSmtp();
        administration.retry(id);
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(1, 0, false));
        assertThat(subjectCounts()).isEqualTo(Map.of("评估结果", 1L));
        assertThat(row(id)).containsEntry("status", "SENT");
    }

    @Test
    void aMalformedAddressFailsAtOnceWithoutHoldingUpTheOthers() throws Exception {
        startSmtp();
        inTransaction(() -> outbox.enqueueAll(List.of(
                new OutgoingMail("not an address", "地址错误", "x", "test"),
                new OutgoingMail("ok@example.cn", "地址正确", "y", "test"))));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(1, 1, false));
        assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = 'not an address'").query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(subjectCounts()).isEqualTo(Map.of("地址正确", 1L));
    }

    /**
     * A crash between sending and marking: the database connection dies right after the server accepted the third of
     * five messages. Only that message is sent again (with the same Message-ID, so a receiving server may drop the
     * copy); the two marked before are not, and the two after go out once.
     */
    @Test
    void aCrashBetweenSendingAndMarkingResendsOnlyThatMessage() throws Exception {
        startSmtp();
        inTransaction(() -> outbox.enqueueAll(IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new OutgoingMail("m" + i + "@example.cn", "通知 " + i, "正文 " + i, "circular-issued"))
                .toList()));
        MailChannel dyingAfterThirdSend = () -> {
            MailChannel.Connection real = channel.open();
            return new MailChannel.Connection() {
                int sent;

                @Override
                public MailStatus deliver(OutboxMessage message) throws DeliveryFailure {
                    MailStatus status = real.deliver(message);
                    if (++sent == 3) {
                        killOwnDatabaseConnection();
                    }
                    return status;
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        };
        MailDispatcher crashing = new MailDispatcher(store, dyingAfterThirdSend, transactionManager, clock, settings);

        assertThat(crashing.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(2, 0, true));
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(jdbc.sql("SELECT subject || ':' || status || ':' || attempts FROM mail_outbox ORDER BY id").query(String.class).list())
                .containsExactly("通知 1:SENT:1", "通知 2:SENT:1", "通知 3:PENDING:0", "通知 4:PENDING:0", "通知 5:PENDING:0");

        assertThat(dispatcher.dispatchDue()).isEqualTo(new MailDispatcher.DispatchRun(3, 0, false));
        assertThat(subjectCounts()).isEqualTo(Map.of("通知 1", 1L, "通知 2", 1L, "通知 3", 2L, "通知 4", 1L, "通知 5", 1L));
        List<String> idsOfThird = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().equals("通知 3")) {
                idsOfThird.add(mail.getMessageID());
            }
        }
        assertThat(idsOfThird).hasSize(2).containsOnly(idsOfThird.get(0));
    }

    /** Two dispatchers on one database, as two application instances would run them, deliver each message once. */
    @Test
    void twoConcurrentDispatchersDeliverEveryMessageExactlyOnce() throws Exception {
        startSmtp();
        int count = 300;
        inTransaction(() -> outbox.enqueueAll(IntStream.range(0, count)
                .mapToObj(i -> new OutgoingMail("c" + i + "@example.cn", "并发 " + i, "正文 " + i, "bulk"))
                .toList()));
        MailDispatcher second = new MailDispatcher(store, channel, transactionManager, clock, settings);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> delivered = new ArrayList<>();
            for (MailDispatcher each : List.of(dispatcher, second)) {
                delivered.add(threads.submit(() -> {
                    start.await();
                    int total = 0;
                    MailDispatcher.DispatchRun run;
                    do {
                        run = each.dispatchDue();
                        total += run.delivered();
                    } while (run.delivered() > 0);
                    return total;
                }));
            }
            int first = delivered.get(0).get(60, TimeUnit.SECONDS);
            int other = delivered.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first + other).isEqualTo(count);
        } finally {
            threads.shutdownNow();
        }
        Map<String, Long> counts = subjectCounts();
        assertThat(counts).hasSize(count);
        assertThat(counts.values()).containsOnly(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1").query(Long.class).single())
                .isEqualTo(count);
    }

    private void killOwnDatabaseConnection() {
        // the dispatcher's transaction-bound connection, then terminated from another one
        long pid = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ", 10000)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertAllPending(int attempts, Instant nextAttempt) {
        assertThat(jdbc.sql("SELECT status, attempts, next_attempt_at FROM mail_outbox").query().listOfRows())
                .hasSize(3)
                .allSatisfy(row -> {
                    assertThat(row.get("status")).isEqualTo("PENDING");
                    assertThat(row.get("attempts")).isEqualTo(attempts);
                    assertThat(((java.sql.Timestamp) row.get("next_attempt_at")).toInstant()).isEqualTo(nextAttempt);
                });
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT status, attempts, sent_at FROM mail_outbox WHERE id = :id").param("id", id).query().singleRow();
    }

    private Map<String, Long> subjectCounts() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            subjects.add(mail.getSubject());
        }
        return subjects.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
