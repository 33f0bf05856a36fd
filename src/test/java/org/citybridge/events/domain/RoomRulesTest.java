package org.citybridge.events.domain;

import java.util.List;

import org.citybridge.directory.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoomRulesTest {

    private static Lodger lodger(long id, Gender gender, Lodging lodging, String city) {
        return new Lodger(id, "代表" + id, gender, lodging, "", city, city, city.substring(0, 2) + "0000", "");
    }

    private final Lodger chengduMan = lodger(1, Gender.MALE, Lodging.SHARED, "510100");
    private final Lodger mianyangMan = lodger(2, Gender.MALE, Lodging.SHARED, "510700");
    private final Lodger shenzhenMan = lodger(3, Gender.MALE, Lodging.SHARED, "440300");
    private final Lodger chengduWoman = lodger(4, Gender.FEMALE, Lodging.SHARED, "510100");
    private final Lodger singleMan = lodger(5, Gender.MALE, Lodging.SINGLE, "510100");

    @Test
    void aRoomTakesNoMoreThanItsBedsAndOneGender() {
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(), chengduMan)).isEmpty();
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(chengduMan), mianyangMan)).isEmpty();
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(chengduMan, mianyangMan), shenzhenMan)).contains("event.lodging.error.full");
        assertThat(RoomRules.refusal(RoomType.SINGLE, List.of(chengduMan), mianyangMan)).contains("event.lodging.error.full");
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(chengduMan), chengduWoman)).contains("event.lodging.error.mixedGender");
    }

    @Test
    void whoAskedForASingleRoomSharesWithNobody() {
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(), singleMan)).isEmpty();
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(chengduMan), singleMan)).contains("event.lodging.error.wantsSingle");
        assertThat(RoomRules.refusal(RoomType.TWIN, List.of(singleMan), chengduMan)).contains("event.lodging.error.wantsSingle");
    }

    @Test
    void thePairingSaysWhyTwoShareARoom() {
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of())).isEqualTo(Pairing.EMPTY);
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of(chengduMan))).isEqualTo(Pairing.ALONE);
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of(chengduMan, lodger(6, Gender.MALE, Lodging.SHARED, "510100"))))
                .isEqualTo(Pairing.SAME_CITY);
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of(chengduMan, mianyangMan))).isEqualTo(Pairing.SAME_PROVINCE);
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of(chengduMan, shenzhenMan))).isEqualTo(Pairing.SAME_GENDER);
        assertThat(RoomRules.pairing(RoomType.TWIN, List.of(chengduMan, chengduWoman))).isEqualTo(Pairing.CONFLICT);
        assertThat(RoomRules.pairing(RoomType.SINGLE, List.of(chengduMan, mianyangMan))).isEqualTo(Pairing.CONFLICT);
    }
}
