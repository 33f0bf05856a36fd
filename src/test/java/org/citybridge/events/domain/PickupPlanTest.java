package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.citybridge.directory.Gender;
import org.citybridge.events.domain.PickupPlan.PickupSlot;
import org.citybridge.events.domain.PickupPlan.Trip;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PickupPlanTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 4);

    static Participant participant(long id, String name, LocalDate arrival, LocalTime at, String trip, String station,
                                   LocalDate departure, LocalTime leaves, String leavingFrom) {
        DelegateView delegate = new DelegateView(id, name, Gender.MALE, "", "", "1390000" + String.format("%04d", id), Diet.NONE, "",
                DelegateRole.DELEGATE, arrival, at, trip, station, departure, leaves, "", leavingFrom, Lodging.SHARED, null,
                List.of(), DelegateState.REGISTERED, null, null);
        return new Participant(delegate, "510100", "成都市", "510000", "四川省", null, null);
    }

    private static List<String> names(PickupSlot slot) {
        return slot.trips().stream().map(Trip::participant).map(p -> p.delegate().name()).toList();
    }

    @Test
    void arrivalsAreGroupedByDayHourAndPlaceInTimeOrder() {
        List<Participant> people = List.of(
                participant(1, "张三", DAY, LocalTime.of(14, 40), "G8701", "成都东站", DAY.plusDays(3), LocalTime.of(18, 0), "天府国际机场"),
                participant(2, "李四", DAY, LocalTime.of(14, 5), "G1234", "成都东站", DAY.plusDays(3), LocalTime.of(18, 30), "天府国际机场"),
                participant(3, "王五", DAY, LocalTime.of(14, 20), "CA4113", "天府国际机场", DAY.plusDays(3), null, "成都东站"),
                participant(4, "赵六", DAY, LocalTime.of(9, 0), "3U8888", "天府国际机场", null, null, ""),
                participant(5, "钱七", DAY.minusDays(1), null, "", "", DAY.plusDays(3), LocalTime.of(8, 15), "成都东站"),
                participant(6, "孙八", null, null, "", "", null, null, ""));
        PickupPlan plan = PickupPlan.of(people);

        assertThat(plan.arrivals()).extracting(PickupSlot::date, PickupSlot::hour, PickupSlot::station).containsExactly(
                tuple(DAY.minusDays(1), null, ""),
                tuple(DAY, 9, "天府国际机场"),
                tuple(DAY, 14, "天府国际机场"),
                tuple(DAY, 14, "成都东站"));
        PickupSlot east = plan.arrivals().get(3);
        assertThat(names(east)).containsExactly("李四", "张三");
        assertThat(east.count()).isEqualTo(2);
        assertThat(east.hours()).isEqualTo("14:00–14:59");
        assertThat(east.trips()).extracting(Trip::number).containsExactly("G1234", "G8701");
        assertThat(plan.arrivals().get(0).hours()).isNull();
        assertThat(plan.arrivalsUnknown()).extracting(p -> p.delegate().name()).containsExactly("孙八");

        assertThat(plan.departures()).extracting(PickupSlot::hour, PickupSlot::station).containsExactly(
                tuple(8, "成都东站"),
                tuple(18, "天府国际机场"),
                tuple(null, "成都东站"));
        assertThat(names(plan.departures().get(1))).containsExactly("张三", "李四");
        assertThat(plan.departuresUnknown()).extracting(p -> p.delegate().name()).containsExactly("赵六", "孙八");
    }
}
