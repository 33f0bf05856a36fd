package org.citybridge.circulars;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.ReminderSchedule;
import org.citybridge.support.Fixtures;
import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one external PostgreSQL (127.0.0.1:5432), each with its reminder schedule and its mail
 * dispatcher sending to one real SMTP server (GreenMail): the reminder schedule run on both at once, again and again,
 * reminds a city once, and every mail in the outbox arrives once, whichever instance sent it.
 */
class RemindersAcrossInstancesTests {

    @Test
    void aReminderDueOnTwoInstancesIsSentOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (SharedDatabase database = SharedDatabase.create("citybridge_reminders")) {
            ConfigurableApplicationContext a = start(database, "a", smtp);
            ConfigurableApplicationContext b = start(database, "b", smtp);
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            CircularWorld world = new CircularWorld(a.getAutowireCapableBeanFactory().createBean(Fixtures.class),
                    a.getBean(CircularIssuing.class), jdbc, "511300", "511400");
            long circular = world.issue(CircularWorld.attendanceForm());
            world.moveDeadline(circular, Instant.now().plus(1, ChronoUnit.DAYS));

            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(a, b, a, b, a, b)) {
                runs.add(CompletableFuture.runAsync(instance.getBean(ReminderSchedule.class)::run));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

            assertThat(world.mailsTo(world.personA, "circular-reminder")).as("reminders in the outbox for A").isEqualTo(1);
            assertThat(world.mailsTo(world.personB, "circular-reminder")).as("reminders in the outbox for B").isEqualTo(1);
            long outbox = jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
            await("both dispatchers sent the outbox").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'").query(Long.class).single() == 0);
            await("and nothing twice").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> smtp.getReceivedMessages().length == outbox);
            assertThat(receivedBy(smtp, email(jdbc, world.personA))).as("mails that reached A: the circular and one reminder")
                    .isEqualTo(2);
        } finally {
            smtp.stop();
        }
    }

    private static ConfigurableApplicationContext start(SharedDatabase database, String name, GreenMail smtp) {
        return database.start(name, "--citybridge.admin-password=Reminders-2026", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--citybridge.mail.scheduler-enabled=true",
                "--citybridge.mail.dispatch-interval=100ms");
    }

    private static String email(JdbcClient jdbc, long person) {
        return jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
    }

    private static long receivedBy(GreenMail smtp, String email) throws MessagingException {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                count += to.toString().contains(email) ? 1 : 0;
            }
        }
        return count;
    }
}
