package org.citybridge.bench;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.citybridge.CityBridgeApplication;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery rate of the mail outbox: 1,500 messages (Chinese subject and body) enqueued in one transaction and sent by
 * the real scheduled dispatcher to a local SMTP sink (GreenMail in-process), against the baseline of the same
 * messages sent directly with {@link JavaMailSender} in a loop to the same sink, in the same run.
 */
public final class MailBenchmark {

    private static final int COUNT = 1500;
    private static final int WARM_UP = 200;

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        Path out = Files.createDirectories(Path.of("bench", "out"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CityBridgeApplication.class)
                .run("--server.port=0", "--citybridge.data-dir=" + out.resolve("data-" + System.nanoTime()),
                        "--citybridge.embedded-database.throwaway=true", "--citybridge.admin-password=Bench-password-2026",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                        // the test resources (on the bench class path) switch the scheduler off for tests: on again
                        "--citybridge.mail.scheduler-enabled=true",
                        // EHLO name given, so neither path looks up the local host name on each new connection
                        "--spring.mail.properties.mail.smtp.localhost=citybridge.bench",
                        "--citybridge.mail.from=秘书处 <secretariat@citybridge.bench>",
                        "--logging.level.root=WARN", "--logging.level.org.citybridge=WARN", "--spring.main.banner-mode=off")) {
            JavaMailSender sender = app.getBean(JavaMailSender.class);
            MailOutbox outbox = app.getBean(MailOutbox.class);
            TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            // warm-up of both paths
            direct(sender, messages("预热", WARM_UP));
            throughOutbox(outbox, transactions, sink, messages("预热", WARM_UP), WARM_UP);
            sink.purgeEmailFromAllMailboxes();

            List<OutgoingMail> baselineMessages = messages("直接", COUNT);
            long started = System.nanoTime();
            direct(sender, baselineMessages);
            double baselineSeconds = (System.nanoTime() - started) / 1e9;
            check(sink, COUNT, "直接");
            sink.purgeEmailFromAllMailboxes();

            List<OutgoingMail> batchMessages = messages("批量", COUNT);
            started = System.nanoTime();
            sender.send(mimeMessages(sender, batchMessages));
            double batchSeconds = (System.nanoTime() - started) / 1e9;
            check(sink, COUNT, "批量");
            sink.purgeEmailFromAllMailboxes();

            List<OutgoingMail> outboxMessages = messages("发件箱", COUNT);
            long enqueueStart = System.nanoTime();
            transactions.executeWithoutResult(status -> outbox.enqueueAll(outboxMessages));
            double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;
            long deliveryStart = System.nanoTime();
            if (!sink.waitForIncomingEmail(120_000, COUNT)) {
                throw new IllegalStateException("outbox did not deliver " + COUNT + " messages within 2 minutes");
            }
            double outboxSeconds = (System.nanoTime() - deliveryStart) / 1e9;
            check(sink, COUNT, "发件箱");
            long sentOnce = jdbc.sql("SELECT count(*) FROM mail_outbox WHERE subject LIKE '发件箱%' AND status = 'SENT' AND attempts = 1")
                    .query(Long.class).single();

            double baselineRate = COUNT / baselineSeconds;
            double outboxRate = COUNT / outboxSeconds;
            System.out.printf("enqueue of %d messages in one transaction: %.0f ms%n", COUNT, enqueueSeconds * 1000);
            System.out.printf("outbox delivery by the scheduled dispatcher (commit -> last message at the sink, %d rows SENT once): "
                    + "%.2f s = %.0f messages/s (target > 100)%n", sentOnce, outboxSeconds, outboxRate);
            System.out.printf("  baseline: JavaMailSender.send() of the same %d messages in a loop: %.2f s = %.0f messages/s%n",
                    COUNT, baselineSeconds, baselineRate);
            System.out.printf("  outbox/baseline rate = %.2fx%n", outboxRate / baselineRate);
            double batchRate = COUNT / batchSeconds;
            System.out.printf("  second baseline: JavaMailSender.send(MimeMessage...) of all %d over one connection: %.2f s = %.0f messages/s "
                    + "-> outbox/batch rate = %.2fx%n", COUNT, batchSeconds, batchRate, outboxRate / batchRate);
        } finally {
            sink.stop();
        }
    }

    private static List<OutgoingMail> messages(String kind, int count) {
        List<OutgoingMail> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(new OutgoingMail("liaison" + i + "@city" + (i % 333) + ".example.cn",
                    kind + " " + i + "：关于报送2026年第一季度城市联络工作信息的通知",
                    "各位联络员：\n\n请于4月10日前通过平台报送本市第一季度联络工作信息，包括重点工作进展、经验做法和意见建议。\n"
                            + "如有疑问，请与秘书处联系（电话 010-6512 3456）。\n\n城市联络工作平台 秘书处\n编号 " + i,
                    "bench"));
        }
        return messages;
    }

    private static void direct(JavaMailSender sender, List<OutgoingMail> messages) throws Exception {
        for (MimeMessage mime : mimeMessages(sender, messages)) {
            sender.send(mime);
        }
    }

    private static MimeMessage[] mimeMessages(JavaMailSender sender, List<OutgoingMail> messages) throws Exception {
        MimeMessage[] mimes = new MimeMessage[messages.size()];
        for (int i = 0; i < mimes.length; i++) {
            OutgoingMail mail = messages.get(i);
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom("秘书处 <secretariat@citybridge.bench>");
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            mimes[i] = mime;
        }
        return mimes;
    }

    private static void throughOutbox(MailOutbox outbox, TransactionTemplate transactions, GreenMail sink,
                                      List<OutgoingMail> messages, int expected) throws Exception {
        int before = sink.getReceivedMessages().length;
        transactions.executeWithoutResult(status -> outbox.enqueueAll(messages));
        if (!sink.waitForIncomingEmail(60_000, before + expected)) {
            throw new IllegalStateException("warm-up mail not delivered");
        }
    }

    private static void check(GreenMail sink, int expected, String kind) throws Exception {
        Set<String> subjects = new HashSet<>();
        for (MimeMessage message : sink.getReceivedMessages()) {
            if (!subjects.add(message.getSubject()) || !message.getSubject().startsWith(kind)) {
                throw new IllegalStateException("unexpected or duplicate message: " + message.getSubject());
            }
        }
        if (subjects.size() != expected) {
            throw new IllegalStateException(kind + ": " + subjects.size() + " messages at the sink, expected " + expected);
        }
    }
}
