package org.citybridge.circulars;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.citybridge.circulars.domain.CircularCorrections;
import org.citybridge.circulars.domain.CircularIssuing;
import org.citybridge.circulars.domain.Deliveries;
import org.citybridge.shared.DateRange;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The circulars' year work records for the evaluation: replies that stand, reads, withdrawals. */
@IntegrationTest
class DeliveryRecordsTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CircularIssuing issuing;
    @Autowired
    Deliveries deliveries;
    @Autowired
    CircularCorrections corrections;
    @Autowired
    CircularsApi api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void eachCopyCarriesItsReadTheReplyThatStandsAndAWithdrawal() {
        CircularWorld world = new CircularWorld(fixtures, issuing, jdbc, "620500", "620700");
        long receipt = world.issue(CircularWorld.attendanceForm());
        long notice = world.issue(null);
        long withdrawn = world.issue(CircularWorld.attendanceForm());
        long reopened = world.delivery(receipt, world.cityA);
        Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(reopened, CircularFlowTests.input("参加", "张三")); return null; });
        jdbc.sql("UPDATE circular_delivery SET first_replied_at = first_replied_at - interval '2 hours', replied_at = replied_at - interval '2 hours' WHERE id = :id")
                .param("id", reopened).update();
        world.moveDeadline(receipt, Instant.now().minus(1, ChronoUnit.HOURS));
        fixtures.asAdmin(() -> { deliveries.reopen(reopened, Instant.now().plus(1, ChronoUnit.DAYS)); return null; });
        Fixtures.as(world.actorA(), () -> { deliveries.submitReceipt(reopened, CircularFlowTests.input("不参加", "张三")); return null; });
        Fixtures.as(world.actorB(), () -> { deliveries.open(world.delivery(notice, world.cityB)); return null; });
        fixtures.asAdmin(() -> { corrections.withdraw(withdrawn, "发错了"); return null; });

        LocalDate today = LocalDate.now(clock);
        List<DeliveryRecord> records = api.deliveryRecords(new DateRange(today.minusDays(1), today.plusDays(2))).stream()
                .filter(r -> List.of(receipt, notice, withdrawn).contains(r.circularId())).toList();

        assertThat(records).hasSize(6);
        DeliveryRecord late = only(records, receipt, world.cityA);
        assertThat(late.expectsReply()).isTrue();
        assertThat(late.firstRepliedAt()).isBefore(late.deadline());
        assertThat(late.repliedAt()).as("the reply after reopening is the one that stands").isAfter(late.deadline());
        assertThat(late.withdrawn()).isFalse();
        assertThat(only(records, receipt, world.cityB).repliedAt()).isNull();
        DeliveryRecord read = only(records, notice, world.cityB);
        assertThat(read.expectsReply()).isFalse();
        assertThat(read.readAt()).isNotNull();
        assertThat(only(records, notice, world.cityA).readAt()).isNull();
        assertThat(only(records, withdrawn, world.cityA).withdrawn()).isTrue();
        assertThat(api.deliveryRecords(new DateRange(today.plusDays(2), today.plusDays(3))))
                .noneMatch(r -> r.circularId() == receipt);
    }

    private static DeliveryRecord only(List<DeliveryRecord> records, long circularId, String city) {
        return records.stream().filter(r -> r.circularId() == circularId && r.cityCode().equals(city)).findFirst().orElseThrow();
    }
}
