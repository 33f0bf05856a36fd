package org.citybridge.events.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.directory.Gender;

/**
 * Puts lodgers into rooms, the same way every time for the same input, in steps that can be told to a delegate:
 * <ol>
 *     <li>placements made by hand are kept, in the order given, as long as they still keep {@link RoomRules} (the
 *     delegate still needs a room, the room still exists, it has a bed, one gender, nobody sharing with someone who
 *     asked for a single room); one that no longer does is released and its delegate placed like the others;</li>
 *     <li>a twin room where someone who asked to share sleeps alone gets a roommate of the same gender: of the same
 *     city if there is one, else of the same province, else any;</li>
 *     <li>the others who share are paired, each gender apart: within a city first, then within a province, then
 *     whoever is left; an odd one out stays alone;</li>
 *     <li>empty twin rooms go to those pairs, those of one city first, then of one province, then the rest, then those
 *     alone;</li>
 *     <li>those who asked for a single room get the single rooms, then (when there are no more) an empty twin room
 *     to themselves; those who share and found no twin room get a single room left over;</li>
 *     <li>everybody else is unallocated.</li>
 * </ol>
 * Lodgers are taken in order of province code, city code and id (the order they registered in); rooms in the order
 * given (block by block, by number).
 */
public final class RoomAllocator {

    /** One room of a block, numbered from 1 within it. */
    public record Room(long blockId, int number, RoomType type) {
    }

    /** A placement made by hand, to keep. */
    public record Pin(long lodgerId, long blockId, int room) {
    }

    public record Placement(long lodgerId, long blockId, int room, boolean manual) {
    }

    /** Where everybody sleeps, and who found no room (in the lodgers' order). */
    public record Allocation(List<Placement> placements, List<Lodger> unallocated) {
    }

    static final Comparator<Lodger> ORDER = Comparator.comparing(Lodger::provinceCode).thenComparing(Lodger::cityCode)
            .thenComparingLong(Lodger::id);

    private RoomAllocator() {
    }

    public static Allocation allocate(List<Room> rooms, List<Lodger> lodgers, List<Pin> pins) {
        Map<String, Bedroom> bedrooms = new LinkedHashMap<>();
        rooms.forEach(room -> bedrooms.put(key(room.blockId(), room.number()), new Bedroom(room)));
        Map<Long, Lodger> byId = lodgers.stream().collect(Collectors.toMap(Lodger::id, Function.identity()));
        List<Placement> placements = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Pin pin : pins) {
            Lodger lodger = byId.get(pin.lodgerId());
            Bedroom bedroom = bedrooms.get(key(pin.blockId(), pin.room()));
            if (lodger != null && bedroom != null && !placed.contains(lodger.id()) && bedroom.takes(lodger)) {
                placements.add(bedroom.put(lodger, true));
                placed.add(lodger.id());
            }
        }
        List<Lodger> pool = lodgers.stream().filter(l -> !placed.contains(l.id())).sorted(ORDER).toList();
        List<Lodger> sharing = new ArrayList<>(pool.stream().filter(l -> l.lodging() == Lodging.SHARED).toList());
        List<Lodger> single = pool.stream().filter(l -> l.lodging() == Lodging.SINGLE).toList();
        List<Lodger> unallocated = new ArrayList<>();

        for (Bedroom bedroom : bedrooms.values()) {
            if (bedroom.waitsForRoommate()) {
                Lodger roommate = bestRoommate(bedroom.occupants.get(0), sharing);
                if (roommate != null) {
                    placements.add(bedroom.put(roommate, false));
                    sharing.remove(roommate);
                }
            }
        }
        Deque<Bedroom> twins = empty(bedrooms, RoomType.TWIN);
        Deque<Bedroom> singles = empty(bedrooms, RoomType.SINGLE);
        List<Lodger> sharingLeft = new ArrayList<>();
        for (Unit unit : units(sharing)) {
            Bedroom bedroom = twins.poll();
            if (bedroom == null) {
                sharingLeft.addAll(unit.lodgers());
            } else {
                unit.lodgers().forEach(l -> placements.add(bedroom.put(l, false)));
            }
        }
        for (Lodger lodger : single) {
            Bedroom bedroom = singles.isEmpty() ? twins.poll() : singles.poll();
            if (bedroom == null) {
                unallocated.add(lodger);
            } else {
                placements.add(bedroom.put(lodger, false));
            }
        }
        for (Lodger lodger : sharingLeft) {
            Bedroom bedroom = singles.poll();
            if (bedroom == null) {
                unallocated.add(lodger);
            } else {
                placements.add(bedroom.put(lodger, false));
            }
        }
        unallocated.sort(ORDER);
        return new Allocation(List.copyOf(placements), List.copyOf(unallocated));
    }

    /** The first of those who share, of the occupant's gender, from the same city, else province, else any. */
    private static Lodger bestRoommate(Lodger occupant, List<Lodger> sharing) {
        Lodger best = null;
        for (Lodger candidate : sharing) {
            if (candidate.gender() == occupant.gender()
                    && (best == null || RoomRules.match(occupant, candidate).compareTo(RoomRules.match(occupant, best)) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Pairs (and those left alone) in the order they get twin rooms: best matched first, then by their first lodger. */
    private static List<Unit> units(List<Lodger> sharing) {
        List<Unit> units = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            List<Lodger> left = sharing.stream().filter(l -> l.gender() == gender).toList();
            left = pairWithin(left, Lodger::cityCode, Pairing.SAME_CITY, units);
            left = pairWithin(left, Lodger::provinceCode, Pairing.SAME_PROVINCE, units);
            left = pairWithin(left, l -> "", Pairing.SAME_GENDER, units);
            left.forEach(l -> units.add(new Unit(Pairing.ALONE, List.of(l))));
        }
        units.sort(Comparator.comparing(Unit::pairing).thenComparing(u -> u.lodgers().get(0), ORDER));
        return units;
    }

    /** Pairs lodgers who share the key, in order; answers those left over (one per key at most), in order. */
    private static List<Lodger> pairWithin(List<Lodger> lodgers, Function<Lodger, String> key, Pairing pairing, List<Unit> units) {
        Map<String, List<Lodger>> byKey = lodgers.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<Lodger> left = new ArrayList<>();
        for (List<Lodger> group : byKey.values()) {
            for (int i = 0; i + 1 < group.size(); i += 2) {
                units.add(new Unit(pairing, List.of(group.get(i), group.get(i + 1))));
            }
            if (group.size() % 2 == 1) {
                left.add(group.get(group.size() - 1));
            }
        }
        left.sort(ORDER);
        return left;
    }

    private static Deque<Bedroom> empty(Map<String, Bedroom> bedrooms, RoomType type) {
        return bedrooms.values().stream().filter(b -> b.room.type() == type && b.occupants.isEmpty())
                .collect(Collectors.toCollection(ArrayDeque::new));
    }

    private static String key(long blockId, int number) {
        return blockId + "-" + number;
    }

    private record Unit(Pairing pairing, List<Lodger> lodgers) {
    }

    private static final class Bedroom {
        private final Room room;
        private final List<Lodger> occupants = new ArrayList<>();

        private Bedroom(Room room) {
            this.room = room;
        }

        boolean takes(Lodger lodger) {
            return RoomRules.refusal(room.type(), occupants, lodger).isEmpty();
        }

        /** A twin room where one who asked to share sleeps alone. */
        boolean waitsForRoommate() {
            return room.type() == RoomType.TWIN && occupants.size() == 1 && occupants.get(0).lodging() == Lodging.SHARED;
        }

        Placement put(Lodger lodger, boolean manual) {
            occupants.add(lodger);
            return new Placement(lodger.id(), room.blockId(), room.number(), manual);
        }
    }
}
