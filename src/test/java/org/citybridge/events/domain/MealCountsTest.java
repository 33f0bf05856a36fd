package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.citybridge.directory.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MealCountsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    private static SessionView meal(long id, LocalTime start, boolean optional) {
        return new SessionView(id, DAY, start, start.plusHours(1), "午餐", SessionKind.MEAL, "餐厅", "", optional, null, 0);
    }

    private static Participant delegate(long id, Diet diet, LocalDate arrival, LocalTime at, LocalDate departure, LocalTime leaves,
                                        List<Long> sessions) {
        DelegateView d = new DelegateView(id, "代表" + id, Gender.FEMALE, "", "", "", diet, diet == Diet.OTHER ? "不吃辣" : "",
                DelegateRole.DELEGATE, arrival, at, "", "", departure, leaves, "", "", Lodging.NONE, null, sessions,
                DelegateState.REGISTERED, null, null);
        return new Participant(d, "510100", "成都市", "510000", "四川省", null, null);
    }

    @Test
    void aMealCountsTheDietsOfThoseThereAsItBegins() {
        SessionView lunch = meal(7, LocalTime.of(12, 0), false);
        List<Participant> people = List.of(
                delegate(1, Diet.HALAL, null, null, null, null, List.of()),
                delegate(2, Diet.VEGETARIAN, DAY.minusDays(1), LocalTime.of(20, 0), DAY.plusDays(1), null, List.of()),
                delegate(3, Diet.OTHER, DAY, LocalTime.of(11, 30), DAY, LocalTime.of(18, 0), List.of()),
                delegate(4, Diet.HALAL, DAY, LocalTime.of(13, 0), null, null, List.of()),
                delegate(5, Diet.NONE, DAY, null, DAY, LocalTime.of(12, 0), List.of()),
                delegate(6, Diet.NONE, DAY, null, DAY, null, List.of()),
                delegate(7, Diet.VEGETARIAN, DAY.plusDays(1), null, null, null, List.of()),
                delegate(8, Diet.NONE, null, null, DAY.minusDays(1), null, List.of()));
        MealCount count = MealCounts.count(List.of(lunch, new SessionView(8, DAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "开幕式",
                SessionKind.PLENARY, "", "", false, null, 0)), people).get(0);
        // 4 arrives after lunch begins, 5 leaves as it begins, 7 comes the next day, 8 left the day before
        assertThat(count.attending()).isEqualTo(4);
        assertThat(count.halal()).isEqualTo(1);
        assertThat(count.vegetarian()).isEqualTo(1);
        assertThat(count.other()).isEqualTo(1);
        assertThat(count.otherNeeds()).extracting(p -> p.delegate().dietNote()).containsExactly("不吃辣");
        assertThat(count.ordinary()).isEqualTo(1);
    }

    @Test
    void onlyMealsAreCountedAndAnOptionalMealCountsThoseWhoChoseIt() {
        SessionView dinner = meal(9, LocalTime.of(18, 0), true);
        List<Participant> people = List.of(delegate(1, Diet.HALAL, null, null, null, null, List.of(9L)),
                delegate(2, Diet.HALAL, null, null, null, null, List.of()));
        List<MealCount> counts = MealCounts.count(List.of(dinner), people);
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).attending()).isEqualTo(1);
        assertThat(counts.get(0).halal()).isEqualTo(1);
    }
}
