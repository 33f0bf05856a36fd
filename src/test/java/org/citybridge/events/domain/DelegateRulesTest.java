package org.citybridge.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.directory.Gender;
import org.citybridge.events.domain.DelegationAnswer;
import org.citybridge.events.domain.Diet;
import org.citybridge.events.domain.EventKind;
import org.citybridge.events.domain.EventStatus;
import org.citybridge.events.domain.EventView;
import org.citybridge.events.domain.SessionKind;
import org.citybridge.events.domain.SessionView;
import org.citybridge.events.domain.VisitGroupView;
import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a delegation may not be, each problem on its field, without Spring. */
class DelegateRulesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 5);
    private static final long GROUP = 7;
    private static final long LECTURE = 11;
    private static final long PLENARY = 12;

    private static final EventView EVENT = new EventView(1, EventKind.ANNUAL_CONFERENCE, "联络员工作会议", "510100", "成都市",
            FIRST_DAY, FIRST_DAY.plusDays(2), null, Instant.parse("2026-10-20T10:00:00Z"), 130, 3, EventStatus.OPEN, "",
            0, "staff", Instant.EPOCH, Instant.EPOCH, 0, 0, List.of(),
            List.of(new SessionView(LECTURE, FIRST_DAY, LocalTime.of(14, 0), LocalTime.of(16, 0), "城市更新专题讲座",
                            SessionKind.LECTURE, "二号厅", "", true, 2, 0),
                    new SessionView(PLENARY, FIRST_DAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "开幕式", SessionKind.PLENARY,
                            "大会堂", "", false, null, 0)),
            List.of(new VisitGroupView(GROUP, "第一组：天府新区", "川A·12345", 2, 0)));

    private static DelegateEntry delegate(String name, String mobile) {
        return new DelegateEntry(null, name, Gender.FEMALE, "副秘书长", "市政府办公厅", mobile, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<RuleViolation> check(DelegationEntry delegation, Map<Long, Integer> sessionsTaken, Map<Long, Integer> groupsTaken) {
        return DelegateRules.check(delegation, EVENT, Set.of(), sessionsTaken, groupsTaken);
    }

    private static List<String> fields(List<RuleViolation> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aGoodDelegationPassesWithItsDefaults() {
        DelegateEntry entry = delegate("张三", "+86 139-0000-1111");
        assertThat(entry.mobile()).isEqualTo("13900001111");
        assertThat(entry.diet()).isEqualTo(Diet.NONE);
        assertThat(check(new DelegationEntry(null, List.of(entry)), Map.of(), Map.of())).isEmpty();
        assertThat(new DelegationEntry(null, List.of(entry)).effectiveAnswer()).isEqualTo(DelegationAnswer.REGISTERED);
        assertThat(new DelegationEntry(null, List.of()).effectiveAnswer()).isEqualTo(DelegationAnswer.DECLINED);
    }

    @Test
    void everyProblemOfEveryDelegateIsNamedOnItsField() {
        DelegateEntry noName = new DelegateEntry(null, " ", null, null, null, "12345", Diet.OTHER, " ", null,
                null, LocalTime.of(9, 30), null, null, FIRST_DAY.minusDays(1), null, null, null, null, 99L, List.of(PLENARY));
        DelegateEntry sameMobile = delegate("李四", "13900001111");
        DelegateEntry again = delegate("王五", "13900001111");
        assertThat(fields(check(new DelegationEntry(null, List.of(noName, sameMobile, again)), Map.of(), Map.of())))
                .containsExactlyInAnyOrder(
                        "delegates[0].name validation.required",
                        "delegates[0].gender validation.required",
                        "delegates[0].mobile event.error.mobile",
                        "delegates[0].dietNote validation.required",
                        "delegates[0].arrivalDate event.error.dateForTime",
                        "delegates[0].departureDate event.error.departsBeforeEvent",
                        "delegates[0].visitGroupId event.error.unknownGroup",
                        "delegates[0].sessionIds event.error.unknownSession",
                        "delegates[2].mobile event.error.mobileTwice");
    }

    @Test
    void aDelegationOverTheQuotaIsRefusedWhole() {
        List<DelegateEntry> four = List.of(delegate("甲", "13900000001"), delegate("乙", "13900000002"),
                delegate("丙", "13900000003"), delegate("丁", "13900000004"));
        List<RuleViolation> problems = check(new DelegationEntry(null, four), Map.of(), Map.of());
        assertThat(fields(problems)).containsExactly("delegates event.error.overQuota");
        assertThat(problems.get(0).args()).containsExactly(3, 4);
    }

    @Test
    void declinedMeansNoDelegatesAndRegisteredMeansSome() {
        assertThat(fields(check(new DelegationEntry(DelegationAnswer.DECLINED, List.of(delegate("甲", "13900000001"))), Map.of(), Map.of())))
                .containsExactly("delegates event.error.declinedWithDelegates");
        assertThat(fields(check(new DelegationEntry(DelegationAnswer.REGISTERED, List.of()), Map.of(), Map.of())))
                .containsExactly("delegates event.error.noDelegates");
    }

    @Test
    void anIdMustBeAnActiveDelegateOfTheCityNamedOnce() {
        DelegateEntry amended = new DelegateEntry(41L, "张三", Gender.MALE, null, null, "13900000001", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        assertThat(DelegateRules.check(new DelegationEntry(null, List.of(amended)), EVENT, Set.of(41L), Map.of(), Map.of())).isEmpty();
        assertThat(fields(DelegateRules.check(new DelegationEntry(null, List.of(amended)), EVENT, Set.of(40L), Map.of(), Map.of())))
                .containsExactly("delegates[0].name event.error.unknownDelegate");
    }

    @Test
    void theDelegateWhoWouldOverfillAGroupOrSessionIsRefusedCountingOtherCities() {
        DelegateEntry first = new DelegateEntry(null, "甲", Gender.MALE, null, null, "13900000001", null, null, null,
                null, null, null, null, null, null, null, null, null, GROUP, List.of(LECTURE));
        DelegateEntry second = new DelegateEntry(null, "乙", Gender.MALE, null, null, "13900000002", null, null, null,
                null, null, null, null, null, null, null, null, null, GROUP, List.of(LECTURE));
        assertThat(check(new DelegationEntry(null, List.of(first, second)), Map.of(), Map.of())).isEmpty();
        List<RuleViolation> problems = check(new DelegationEntry(null, List.of(first, second)), Map.of(LECTURE, 1), Map.of(GROUP, 1));
        assertThat(fields(problems)).containsExactly("delegates[1].visitGroupId event.error.groupFull",
                "delegates[1].sessionIds event.error.sessionFull");
        assertThat(problems.get(0).args()).containsExactly("第一组：天府新区", 2);
    }

    @Test
    void aDepartureBeforeTheArrivalIsRefused() {
        DelegateEntry backwards = new DelegateEntry(null, "甲", Gender.MALE, null, null, "13900000001", null, null, null,
                FIRST_DAY, LocalTime.of(18, 0), "CA4113", "双流机场", FIRST_DAY, LocalTime.of(8, 0), "G8701", "成都东站",
                null, null, null);
        assertThat(fields(check(new DelegationEntry(null, List.of(backwards)), Map.of(), Map.of())))
                .containsExactly("delegates[0].departureDate event.error.departsBeforeArrival");
    }
}
