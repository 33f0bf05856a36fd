package org.citybridge.events.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.citybridge.directory.Gender;
import org.citybridge.events.domain.RoomAllocator.Allocation;
import org.citybridge.events.domain.RoomAllocator.Pin;
import org.citybridge.events.domain.RoomAllocator.Placement;
import org.citybridge.events.domain.RoomAllocator.Room;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.directory.Gender.FEMALE;
import static org.citybridge.directory.Gender.MALE;

/**
 * The automatic room allocation without Spring. Cities: Chengdu 510100 and Mianyang 510700 (Sichuan), Shenzhen 440300
 * (Guangdong). Block 1 holds single rooms, block 2 twin rooms.
 */
class RoomAllocatorTest {

    private static Lodger lodger(long id, Gender gender, Lodging lodging, String city) {
        String province = city.substring(0, 2) + "0000";
        return new Lodger(id, "代表" + id, gender, lodging, "1380000" + String.format("%04d", id), city, "市" + city, province, "省" + province);
    }

    private static Lodger sharing(long id, Gender gender, String city) {
        return lodger(id, gender, Lodging.SHARED, city);
    }

    private static Lodger single(long id, Gender gender, String city) {
        return lodger(id, gender, Lodging.SINGLE, city);
    }

    private static List<Room> rooms(int singles, int twins) {
        List<Room> rooms = new ArrayList<>();
        IntStream.rangeClosed(1, singles).forEach(n -> rooms.add(new Room(1, n, RoomType.SINGLE)));
        IntStream.rangeClosed(1, twins).forEach(n -> rooms.add(new Room(2, n, RoomType.TWIN)));
        return rooms;
    }

    /** Who is in each room, as "block-room" → lodger ids in the order placed. */
    private static Map<String, List<Long>> byRoom(Allocation allocation) {
        return allocation.placements().stream().collect(Collectors.groupingBy(p -> p.blockId() + "-" + p.room(),
                TreeMap::new, Collectors.mapping(Placement::lodgerId, Collectors.toList())));
    }

    private static List<Long> unallocated(Allocation allocation) {
        return allocation.unallocated().stream().map(Lodger::id).toList();
    }

    @Test
    void singlesGetSingleRoomsAndThoseWhoSharePairUpByGenderAndCityFirst() {
        List<Lodger> lodgers = List.of(sharing(1, MALE, "510100"), sharing(2, MALE, "510700"), sharing(3, MALE, "510100"),
                sharing(4, MALE, "510700"), single(5, FEMALE, "440300"), sharing(6, FEMALE, "440300"), sharing(7, FEMALE, "440300"));
        Allocation allocation = RoomAllocator.allocate(rooms(2, 4), lodgers, List.of());
        Map<String, List<Long>> rooms = byRoom(allocation);
        assertThat(rooms).containsEntry("1-1", List.of(5L));
        assertThat(rooms.values()).contains(List.of(1L, 3L), List.of(2L, 4L), List.of(6L, 7L));
        assertThat(allocation.unallocated()).isEmpty();
        assertThat(allocation.placements()).noneMatch(Placement::manual);
    }

    @Test
    void withoutAPartnerOfTheSameCityTheSameProvinceComesBeforeAnyOtherCity() {
        List<Lodger> lodgers = List.of(sharing(1, MALE, "510100"), sharing(2, MALE, "440300"), sharing(3, MALE, "510700"),
                sharing(4, MALE, "440300"), sharing(5, MALE, "440300"));
        Map<String, List<Long>> rooms = byRoom(RoomAllocator.allocate(rooms(0, 3), lodgers, List.of()));
        // Shenzhen pairs 2 and 4 within the city, Chengdu's 1 and Mianyang's 3 within Sichuan, Shenzhen's 5 stays alone
        assertThat(rooms).containsEntry("2-1", List.of(2L, 4L)).containsEntry("2-2", List.of(1L, 3L)).containsEntry("2-3", List.of(5L));
    }

    @Test
    void anOddCountLeavesOneAloneInATwinRoomAndGendersNeverMix() {
        List<Lodger> lodgers = List.of(sharing(1, MALE, "510100"), sharing(2, MALE, "510100"), sharing(3, MALE, "510100"),
                sharing(4, FEMALE, "510100"));
        Allocation allocation = RoomAllocator.allocate(rooms(0, 3), lodgers, List.of());
        assertThat(byRoom(allocation)).containsEntry("2-1", List.of(1L, 2L)).containsEntry("2-2", List.of(3L))
                .containsEntry("2-3", List.of(4L));
    }

    @Test
    void oneGenderOnlyIsPairedAmongItself() {
        List<Lodger> lodgers = IntStream.rangeClosed(1, 6).mapToObj(i -> sharing(i, FEMALE, i % 2 == 0 ? "510100" : "440300")).toList();
        Allocation allocation = RoomAllocator.allocate(rooms(0, 3), lodgers, List.of());
        // Shenzhen's 1 and 3, Chengdu's 2 and 4, then the one left of each city together
        assertThat(byRoom(allocation)).containsEntry("2-1", List.of(1L, 3L)).containsEntry("2-2", List.of(2L, 4L))
                .containsEntry("2-3", List.of(5L, 6L));
    }

    @Test
    void whenRoomsRunOutTheRestIsListedAsUnallocatedInOrder() {
        List<Lodger> lodgers = List.of(single(1, MALE, "510100"), single(2, MALE, "440300"), single(3, FEMALE, "510700"),
                sharing(4, MALE, "510100"), sharing(5, MALE, "510100"), sharing(6, FEMALE, "440300"), sharing(7, FEMALE, "440300"));
        Allocation allocation = RoomAllocator.allocate(rooms(1, 1), lodgers, List.of());
        // Guangdong (44) comes before Sichuan (51): Shenzhen's single takes the single room, its two women the twin room
        assertThat(byRoom(allocation)).containsEntry("1-1", List.of(2L)).containsEntry("2-1", List.of(6L, 7L));
        assertThat(unallocated(allocation)).containsExactly(1L, 4L, 5L, 3L);
    }

    @Test
    void aSingleWithNoSingleRoomLeftTakesAnEmptyTwinRoomAndSomeoneWhoSharesASingleRoomLeftOver() {
        Allocation singlesOverflow = RoomAllocator.allocate(rooms(1, 2), List.of(single(1, MALE, "510100"), single(2, FEMALE, "510100"),
                sharing(3, MALE, "510100"), sharing(4, MALE, "510100")), List.of());
        assertThat(byRoom(singlesOverflow)).containsEntry("1-1", List.of(1L)).containsEntry("2-1", List.of(3L, 4L))
                .containsEntry("2-2", List.of(2L));

        Allocation sharingOverflow = RoomAllocator.allocate(rooms(2, 1), List.of(sharing(1, MALE, "510100"), sharing(2, MALE, "510100"),
                sharing(3, FEMALE, "510100"), single(4, MALE, "440300")), List.of());
        assertThat(byRoom(sharingOverflow)).containsEntry("2-1", List.of(1L, 2L)).containsEntry("1-1", List.of(4L))
                .containsEntry("1-2", List.of(3L));
        assertThat(sharingOverflow.unallocated()).isEmpty();
    }

    @Test
    void placementsByHandAreKeptAndAFreeBedBesideOneGoesToTheBestMatch() {
        List<Lodger> lodgers = List.of(sharing(1, MALE, "440300"), sharing(2, MALE, "510100"), sharing(3, MALE, "510700"),
                sharing(4, MALE, "510100"), single(5, FEMALE, "510100"));
        Allocation allocation = RoomAllocator.allocate(rooms(1, 3), lodgers,
                List.of(new Pin(3, 2, 3), new Pin(5, 2, 1)));
        Map<String, List<Long>> rooms = byRoom(allocation);
        // Mianyang's 3 stays in twin room 3 and gets Chengdu's 2 (same province) rather than Shenzhen's 1;
        // 5 asked for a single room: her twin room by hand stays hers alone
        assertThat(rooms).containsEntry("2-3", List.of(3L, 2L)).containsEntry("2-1", List.of(5L)).containsEntry("2-2", List.of(1L, 4L));
        assertThat(allocation.placements()).filteredOn(Placement::manual).extracting(Placement::lodgerId).containsExactly(3L, 5L);
        assertThat(rooms).doesNotContainKey("1-1");
    }

    @Test
    void aPlacementByHandThatNoLongerKeepsTheRulesIsReleasedAndPlacedLikeTheOthers() {
        List<Lodger> lodgers = List.of(sharing(1, MALE, "510100"), sharing(2, FEMALE, "510100"), sharing(3, MALE, "510100"));
        Allocation allocation = RoomAllocator.allocate(rooms(0, 2), lodgers,
                List.of(new Pin(1, 2, 1), new Pin(2, 2, 1), new Pin(3, 2, 9), new Pin(99, 2, 2)));
        assertThat(allocation.placements()).filteredOn(Placement::manual).extracting(Placement::lodgerId).containsExactly(1L);
        assertThat(byRoom(allocation)).containsEntry("2-1", List.of(1L, 3L)).containsEntry("2-2", List.of(2L));
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameRooms() {
        List<Lodger> lodgers = new ArrayList<>();
        String[] cities = {"510100", "510700", "440300", "440100"};
        for (int i = 1; i <= 40; i++) {
            lodgers.add(lodger(i, i % 3 == 0 ? FEMALE : MALE, i % 5 == 0 ? Lodging.SINGLE : Lodging.SHARED, cities[i % 4]));
        }
        Allocation first = RoomAllocator.allocate(rooms(5, 12), lodgers, List.of());
        Collections.shuffle(lodgers, new Random(7));
        assertThat(RoomAllocator.allocate(rooms(5, 12), lodgers, List.of())).isEqualTo(first);
        // 8 singles and 32 who share: 5 single rooms, 12 twin rooms of pairs; the rest unallocated
        assertThat(first.placements()).hasSize(5 + 12 * 2);
        assertThat(first.unallocated()).hasSize(11);
    }
}
