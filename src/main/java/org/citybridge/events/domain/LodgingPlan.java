package org.citybridge.events.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.events.domain.LodgingStore.PlacementRow;

/**
 * Who sleeps where: each hotel block with its rooms and their occupants, and the registered delegates who asked for a
 * room and have none (unallocated). A placement whose delegate no longer needs a room (cancelled, or lodging changed
 * to none) is left out, and is removed when the allocation runs again.
 */
public record LodgingPlan(List<BlockPlan> blocks, List<Lodger> unallocated, int lodgers) {

    /** One block with every room, empty ones included. */
    public record BlockPlan(RoomBlockView block, List<RoomPlan> rooms) {

        public int beds() {
            return block.rooms() * block.roomType().beds();
        }

        public int occupied() {
            return rooms.stream().mapToInt(r -> r.occupants().size()).sum();
        }
    }

    /** One room, its occupants (by province, city and registration), and why they are together. */
    public record RoomPlan(long blockId, String hotel, RoomType type, int number, List<Occupant> occupants, Pairing pairing) {

        public int freeBeds() {
            return Math.max(0, type.beds() - occupants.size());
        }

        public List<Lodger> lodgers() {
            return occupants.stream().map(Occupant::lodger).toList();
        }

        /** The value that names this room in a form: block and number. */
        public String key() {
            return blockId + "-" + number;
        }
    }

    /** @param manual placed by hand: kept when the allocation runs again */
    public record Occupant(Lodger lodger, boolean manual) {
    }

    static LodgingPlan of(List<RoomBlockView> blocks, List<Lodger> lodgers, List<PlacementRow> placements) {
        Map<Long, Lodger> byId = lodgers.stream().collect(Collectors.toMap(Lodger::id, Function.identity()));
        Map<String, List<Occupant>> byRoom = new HashMap<>();
        Map<Long, RoomBlockView> blockById = blocks.stream().collect(Collectors.toMap(RoomBlockView::id, Function.identity()));
        Set<Long> placed = new HashSet<>();
        for (PlacementRow placement : placements) {
            Lodger lodger = byId.get(placement.delegateId());
            RoomBlockView block = blockById.get(placement.blockId());
            if (lodger != null && block != null && placement.room() <= block.rooms()) {
                byRoom.computeIfAbsent(placement.blockId() + "-" + placement.room(), k -> new ArrayList<>())
                        .add(new Occupant(lodger, placement.manual()));
                placed.add(lodger.id());
            }
        }
        List<BlockPlan> plans = new ArrayList<>();
        for (RoomBlockView block : blocks) {
            List<RoomPlan> rooms = new ArrayList<>();
            for (int number = 1; number <= block.rooms(); number++) {
                List<Occupant> occupants = byRoom.getOrDefault(block.id() + "-" + number, List.of()).stream()
                        .sorted(Comparator.comparing(Occupant::lodger, RoomAllocator.ORDER)).toList();
                rooms.add(new RoomPlan(block.id(), block.hotel(), block.roomType(), number, occupants,
                        RoomRules.pairing(block.roomType(), occupants.stream().map(Occupant::lodger).toList())));
            }
            plans.add(new BlockPlan(block, rooms));
        }
        List<Lodger> unallocated = lodgers.stream().filter(l -> !placed.contains(l.id())).sorted(RoomAllocator.ORDER).toList();
        return new LodgingPlan(plans, unallocated, lodgers.size());
    }

    public int placed() {
        return lodgers - unallocated.size();
    }

    public List<RoomPlan> rooms() {
        return blocks.stream().flatMap(b -> b.rooms().stream()).toList();
    }

    /** The room the delegate sleeps in, if any. */
    public Optional<RoomPlan> roomOf(long delegateId) {
        return rooms().stream().filter(r -> r.occupants().stream().anyMatch(o -> o.lodger().id() == delegateId)).findFirst();
    }

    public Optional<RoomPlan> room(long blockId, int number) {
        return rooms().stream().filter(r -> r.blockId() == blockId && r.number() == number).findFirst();
    }

    public Optional<BlockPlan> block(long blockId) {
        return blocks.stream().filter(b -> b.block().id() == blockId).findFirst();
    }

    /** Everyone in a room, with the room. */
    public Map<Long, RoomPlan> roomsByLodger() {
        Map<Long, RoomPlan> rooms = new HashMap<>();
        rooms().forEach(r -> r.occupants().forEach(o -> rooms.put(o.lodger().id(), r)));
        return rooms;
    }

    public int beds() {
        return blocks.stream().mapToInt(BlockPlan::beds).sum();
    }
}
