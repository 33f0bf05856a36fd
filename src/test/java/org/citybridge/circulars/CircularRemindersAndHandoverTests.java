package org.citybridge.circulars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.CircularReminders;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.circulars.domain.ReminderSchedule;
import org.citybridge.directory.Appointee;
import org.citybridge.directory.domain.Appointments;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class CircularRemindersAndHandoverTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    CircularReminders reminders;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Appointments appointments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReminderSchedule schedule;

    CircularWorld world;

    @BeforeEach
    void setUp() {
        world = new CircularWorld(fixtures, issuing, jdbc, "511300", "511400");
    }

    @Test
    void automaticRemindersFireOncePerDeliveryAndRuleEvenWhenRunConcurrently() throws Exception {
        long circular = world.issue(CircularWorld.attendanceForm());
        Fixtures.as(world.actorB(), () -> {
            deliveries.submitReceipt(world.delivery(circular, world.cityB), CircularFlowTests.input("参加", "张三"));
            return null;
        });
        world.moveDeadline(circular, Instant.now().plus(1, ChronoUnit.DAYS));
        long before = world.mailsTo(world.personA, "circular-reminder");

        List<Integer> sent = runConcurrently(4, () -> reminders.sendDue());
        reminders.sendDue();

        assertThat(world.mailsTo(world.personA, "circular-reminder")).isEqualTo(before + 1);
        assertThat(world.mailsTo(world.personB, "circular-reminder")).isZero();
        assertThat(rules(circular)).containsExactly("BEFORE_DEADLINE");
        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);

        world.moveDeadline(circular, Instant.now().minus(1, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(world.mailsTo(world.personA, "circular-overdue")).isEqualTo(1);
        assertThat(rules(circular)).containsExactlyInAnyOrder("BEFORE_DEADLINE", "AFTER_DEADLINE");
    }

    @Test
    void remindersDoNotFireTooEarly() {
        long circular = world.issue(CircularWorld.attendanceForm());
        world.moveDeadline(circular, Instant.now().plus(10, ChronoUnit.DAYS));
        reminders.sendDue();
        assertThat(rules(circular)).isEmpty();
    }

    @Test
    void staffRemindEveryCityThatHasNotRepliedAsOftenAsTheyAsk() {
        long circular = world.issue(CircularWorld.attendanceForm());
        long before = world.mailsTo(world.personA, "circular-reminder");

        assertThat(fixtures.asAdmin(() -> reminders.remindUnreplied(circular))).isEqualTo(2);
        Fixtures.as(world.actorA(), () -> {
            deliveries.submitReceipt(world.delivery(circular, world.cityA), CircularFlowTests.input("参加", "张三"));
            return null;
        });
        assertThat(fixtures.asAdmin(() -> reminders.remindUnreplied(circular))).isEqualTo(1);

        assertThat(world.mailsTo(world.personA, "circular-reminder")).isEqualTo(before + 1);
    }

    @Test
    void scheduledRemindersRunInTheirOwnTransactionAndReachTheOutbox() {
        long circular = world.issue(CircularWorld.attendanceForm());
        world.moveDeadline(circular, Instant.now().plus(1, ChronoUnit.DAYS));
        long before = world.mailsTo(world.personA, "circular-reminder");

        schedule.run();

        assertThat(world.mailsTo(world.personA, "circular-reminder")).isEqualTo(before + 1);
    }

    /**
     * As docs/circulars.md says: the successor gets every delivery the city can still act on (no receipt asked, not
     * answered yet, answered but amendable before the deadline or reopened); an answered one past its deadline stays
     * with the predecessor, and who answered stays recorded.
     */
    @Test
    void aHandoverMovesEveryDeliveryTheCityCanStillActOnToTheSuccessor() {
        long open = world.issue(CircularWorld.attendanceForm());
        long noReceipt = world.issue(null);
        long answered = world.issue(CircularWorld.attendanceForm());
        long amendable = world.issue(CircularWorld.attendanceForm());
        long reopened = world.issue(CircularWorld.attendanceForm());
        for (long circular : List.of(answered, amendable, reopened)) {
            Fixtures.as(world.actorA(), () -> {
                deliveries.submitReceipt(world.delivery(circular, world.cityA), CircularFlowTests.input("参加", "张三"));
                return null;
            });
        }
        world.moveDeadline(answered, Instant.now().minus(1, ChronoUnit.DAYS));
        world.moveDeadline(reopened, Instant.now().minus(1, ChronoUnit.DAYS));
        fixtures.asAdmin(() -> {
            deliveries.reopen(world.delivery(reopened, world.cityA), Instant.now().plus(1, ChronoUnit.DAYS));
            return null;
        });
        long appointment = jdbc.sql("SELECT id FROM liaison_appointment WHERE person_id = :p").param("p", world.personA)
                .query(Long.class).single();
        long successor = fixtures.person("丙继任");

        fixtures.asAdmin(() -> appointments.handOver(world.cityA, appointment, Appointee.existing(successor),
                LocalDate.now().plusDays(3)));

        await().untilAsserted(() -> assertThat(recipients(world.delivery(open, world.cityA)))
                .contains(successor).doesNotContain(world.personA));
        for (long movesOn : List.of(noReceipt, amendable, reopened)) {
            assertThat(recipients(world.delivery(movesOn, world.cityA))).contains(successor).doesNotContain(world.personA);
        }
        assertThat(recipients(world.delivery(answered, world.cityA))).contains(world.personA).doesNotContain(successor);
        assertThat(jdbc.sql("SELECT replied_by FROM circular_delivery WHERE id = :d").param("d", world.delivery(amendable, world.cityA))
                .query(String.class).single()).as("who answered stays recorded").isEqualTo(world.liaisonA);
        assertThat(jdbc.sql("SELECT count(*) FROM circular_delivery_event WHERE delivery_id = :d AND kind = 'HANDED_OVER'")
                .param("d", world.delivery(open, world.cityA)).query(Long.class).single()).isEqualTo(1);
        long reminded = world.mailsTo(successor, "circular-reminder");
        fixtures.asAdmin(() -> reminders.remindUnreplied(open));
        assertThat(world.mailsTo(successor, "circular-reminder")).isEqualTo(reminded + 1);
    }

    private List<Long> recipients(long delivery) {
        return jdbc.sql("SELECT person_id FROM circular_recipient WHERE delivery_id = :d").param("d", delivery)
                .query(Long.class).list();
    }

    private List<String> rules(long circular) {
        return jdbc.sql("""
                        SELECT r.rule FROM circular_reminder r JOIN circular_delivery d ON d.id = r.delivery_id
                        WHERE d.circular_id = :c ORDER BY r.rule""")
                .param("c", circular).query(String.class).list();
    }

    private static <T> List<T> runConcurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
