package org.citybridge.events.domain;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RoomBlockRulesTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 4);

    private static RoomBlockEntry block(String hotel, RoomType type, Integer rooms, LocalDate in, LocalDate out) {
        return new RoomBlockEntry(hotel, "成都市高新区", type, rooms, in, out);
    }

    @Test
    void aBlockNeedsItsHotelTypeRoomsAndACheckOutAfterTheCheckIn() {
        assertThat(RoomBlockRules.check(block("成都世纪城天堂洲际大饭店", RoomType.TWIN, 40, NIGHT, NIGHT.plusDays(3)))).isEmpty();
        List<RuleViolation> problems = RoomBlockRules.check(block(" ", null, 0, NIGHT, NIGHT));
        assertThat(problems).extracting(RuleViolation::field, RuleViolation::messageKey).containsExactly(
                tuple("hotel", "validation.required"), tuple("roomType", "validation.required"), tuple("rooms", "event.error.number"),
                tuple("checkOut", "event.lodging.error.checkOutBeforeCheckIn"));
        assertThat(RoomBlockRules.check(block("x".repeat(101), RoomType.SINGLE, 501, null, null)))
                .extracting(RuleViolation::field).containsExactly("hotel", "rooms", "checkIn", "checkOut");
    }

    @Test
    void aBlockPeopleSleepInKeepsTheirRooms() {
        RoomBlockEntry fewer = block("锦江宾馆", RoomType.SINGLE, 3, NIGHT, NIGHT.plusDays(2));
        assertThat(RoomBlockRules.checkChange(fewer, 3, false)).isEmpty();
        assertThat(RoomBlockRules.checkChange(fewer, 5, true)).extracting(RuleViolation::field, RuleViolation::messageKey)
                .containsExactly(tuple("rooms", "event.lodging.error.roomsBelowTaken"), tuple("roomType", "event.lodging.error.sharedRoomsTaken"));
    }
}
