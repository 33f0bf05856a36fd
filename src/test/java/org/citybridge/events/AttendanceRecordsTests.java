package org.citybridge.events;

import java.time.Clock;
import java.util.List;

import org.citybridge.events.domain.CheckInCodes;
import org.citybridge.events.domain.CheckInRequest;
import org.citybridge.events.domain.CheckIns;
import org.citybridge.events.domain.DelegationRegistering;
import org.citybridge.events.domain.DelegationView;
import org.citybridge.events.domain.EventPlanning;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.shared.Actor;
import org.citybridge.shared.DateRange;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The events' year work records for the evaluation: per held event and city, delegates holding a place and checked in. */
@IntegrationTest
class AttendanceRecordsTests {

    private static final String QINGYANG = "621000";
    private static final String DINGXI = "621100";

    @Autowired
    Fixtures fixtures;
    @Autowired
    EventPlanning planning;
    @Autowired
    DelegationRegistering registering;
    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInCodes codes;
    @Autowired
    EventRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aHeldEventCountsEachCitysDelegatesHoldingAPlaceAndCheckedIn() {
        EventTesting events = new EventTesting(fixtures, planning, registering, jdbc, clock);
        fixtures.member(QINGYANG, DINGXI);
        long event = events.openEvent("2026年度联络员工作会议（庆阳定西）", 50, null);
        Actor qingyang = events.liaison(QINGYANG);
        DelegationView delegation = events.register(qingyang, event, QINGYANG, EventTesting.delegation("庆阳甲", "庆阳乙"));
        events.register(events.liaison(DINGXI), event, DINGXI, EventTesting.delegation("定西甲"));
        DateRange period = new DateRange(events.firstDay().minusDays(1), events.firstDay().plusDays(1));
        fixtures.asAdmin(() -> checkIns.checkIn(event, CheckInRequest.of(codes.issue(event, EventTesting.named(delegation, "庆阳甲").id()))));
        assertThat(records.heldIn(period)).as("not held yet").noneMatch(r -> r.eventId() == event);

        fixtures.asAdmin(() -> { planning.changeStatus(event, EventStatus.CLOSED); planning.changeStatus(event, EventStatus.HELD); return null; });
        List<EventAttendanceRecord> found = records.heldIn(period).stream().filter(r -> r.eventId() == event).toList();

        assertThat(found).extracting(EventAttendanceRecord::cityCode).containsExactly(QINGYANG, DINGXI);
        assertThat(found.get(0).registered()).isEqualTo(2);
        assertThat(found.get(0).checkedIn()).isEqualTo(1);
        assertThat(found.get(0).answered()).isTrue();
        assertThat(found.get(0).annualConference()).isTrue();
        assertThat(found.get(1).registered()).isEqualTo(1);
        assertThat(found.get(1).checkedIn()).isZero();
        assertThat(records.heldIn(new DateRange(period.until(), period.until().plusDays(1)))).noneMatch(r -> r.eventId() == event);
    }
}
