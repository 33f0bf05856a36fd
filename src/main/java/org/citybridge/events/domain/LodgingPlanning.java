package org.citybridge.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.events.domain.LodgingPlan.BlockPlan;
import org.citybridge.events.domain.LodgingPlan.RoomPlan;
import org.citybridge.events.domain.LodgingStore.PlacementRow;
import org.citybridge.events.domain.RoomAllocator.Allocation;
import org.citybridge.events.domain.RoomAllocator.Pin;
import org.citybridge.events.domain.RoomAllocator.Placement;
import org.citybridge.events.domain.RoomAllocator.Room;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's lodging: hotel room blocks, the automatic allocation ({@link RoomAllocator}) and moves by hand
 * ({@link RoomRules}), for the secretariat only. Every change takes the event's row lock first, so that two people
 * placing delegates at once never put three in a twin room; nothing changes once the event is held.
 */
@Service
@Transactional
public class LodgingPlanning {

    private final EventStore events;
    private final LodgingStore store;
    private final EventAccess access;
    private final Clock clock;

    LodgingPlanning(EventStore events, LodgingStore store, EventAccess access, Clock clock) {
        this.events = events;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** A lodger, its room (null when unallocated), the rooms it may move to and whom it may swap rooms with. */
    public record LodgerChoices(Lodger lodger, RoomPlan room, List<RoomPlan> moves, List<SwapChoice> swaps) {
    }

    public record SwapChoice(Lodger other, RoomPlan room) {
    }

    @Transactional(readOnly = true)
    public LodgingPlan plan(long eventId) {
        access.requireSecretariat();
        event(eventId);
        return current(eventId);
    }

    @Transactional(readOnly = true)
    public RoomBlockView block(long eventId, long blockId) {
        access.requireSecretariat();
        event(eventId);
        return store.block(eventId, blockId).orElseThrow(() -> new NotFoundException("event.lodging.error.unknownBlock", blockId));
    }

    @Transactional(readOnly = true)
    public LodgerChoices choices(long eventId, long delegateId) {
        access.requireSecretariat();
        event(eventId);
        LodgingPlan plan = current(eventId);
        Lodger lodger = lodger(eventId, delegateId);
        RoomPlan room = plan.roomOf(delegateId).orElse(null);
        List<RoomPlan> moves = plan.rooms().stream().filter(r -> !same(r, room) && moveRefusal(r, lodger).isEmpty()).toList();
        List<SwapChoice> swaps = new ArrayList<>();
        if (room != null) {
            for (RoomPlan otherRoom : plan.rooms()) {
                for (Lodger other : same(otherRoom, room) ? List.<Lodger>of() : otherRoom.lodgers()) {
                    if (swapRefusal(room, lodger, otherRoom, other).isEmpty()) {
                        swaps.add(new SwapChoice(other, otherRoom));
                    }
                }
            }
        }
        return new LodgerChoices(lodger, room, moves, swaps);
    }

    public long addBlock(long eventId, RoomBlockEntry entry) {
        Actor actor = access.requireSecretariat();
        lockChangeable(eventId);
        RuleViolations.throwIfAny(RoomBlockRules.check(entry));
        return store.insertBlock(eventId, entry, actor.username(), clock.instant());
    }

    /** Changes a block; it keeps the rooms people sleep in (no fewer rooms, no single rooms while two share one). */
    public void updateBlock(long eventId, long blockId, RoomBlockEntry entry) {
        access.requireSecretariat();
        lockChangeable(eventId);
        BlockPlan block = current(eventId).block(blockId)
                .orElseThrow(() -> new NotFoundException("event.lodging.error.unknownBlock", blockId));
        int highestTaken = block.rooms().stream().filter(r -> !r.occupants().isEmpty()).mapToInt(RoomPlan::number).max().orElse(0);
        boolean shared = block.rooms().stream().anyMatch(r -> r.occupants().size() > 1);
        RuleViolations.throwIfAny(RoomBlockRules.checkChange(entry, highestTaken, shared));
        store.updateBlock(blockId, entry);
    }

    /** Removes a block; whoever slept in it is unallocated. */
    public void removeBlock(long eventId, long blockId) {
        access.requireSecretariat();
        lockChangeable(eventId);
        store.block(eventId, blockId).orElseThrow(() -> new NotFoundException("event.lodging.error.unknownBlock", blockId));
        store.deleteBlock(blockId);
    }

    /**
     * Allocates the rooms afresh around the placements made by hand that still keep the rules; answers the plan.
     * Automatic placements are all made again, so a delegate who changed city, gender or lodging is placed anew.
     */
    public LodgingPlan allocate(long eventId) {
        Actor actor = access.requireSecretariat();
        lockChangeable(eventId);
        List<Room> rooms = new ArrayList<>();
        for (RoomBlockView block : store.blocks(eventId)) {
            IntStream.rangeClosed(1, block.rooms()).forEach(n -> rooms.add(new Room(block.id(), n, block.roomType())));
        }
        List<Pin> pins = store.placements(eventId).stream().filter(PlacementRow::manual)
                .map(p -> new Pin(p.delegateId(), p.blockId(), p.room())).toList();
        Allocation allocation = RoomAllocator.allocate(rooms, store.lodgers(eventId), pins);
        Set<Long> kept = allocation.placements().stream().filter(Placement::manual).map(Placement::lodgerId).collect(Collectors.toSet());
        store.unplaceAllBut(eventId, kept);
        Instant now = clock.instant();
        allocation.placements().stream().filter(p -> !p.manual())
                .forEach(p -> store.place(p.lodgerId(), p.blockId(), p.room(), false, actor.username(), now));
        return current(eventId);
    }

    /** Moves a lodger by hand into a room with a free bed (its roommates of the same gender, nobody wanting a single). */
    public void move(long eventId, long delegateId, String roomKey) {
        Actor actor = access.requireSecretariat();
        lockChangeable(eventId);
        LodgingPlan plan = current(eventId);
        Lodger lodger = lodger(eventId, delegateId);
        RoomPlan target = room(plan, roomKey).orElseThrow(() -> new RuleViolation("room", "event.lodging.error.unknownRoom"));
        if (same(plan.roomOf(delegateId).orElse(null), target)) {
            throw new RuleViolation("room", "event.lodging.error.sameRoom");
        }
        moveRefusal(target, lodger).ifPresent(key -> {
            throw new RuleViolation("room", key);
        });
        store.place(delegateId, target.blockId(), target.number(), true, actor.username(), clock.instant());
    }

    /** Two lodgers in different rooms swap them by hand; both rooms keep the rules afterwards. */
    public void swap(long eventId, long delegateId, Long otherId) {
        Actor actor = access.requireSecretariat();
        lockChangeable(eventId);
        LodgingPlan plan = current(eventId);
        Lodger lodger = lodger(eventId, delegateId);
        RoomPlan room = plan.roomOf(delegateId).orElseThrow(() -> new RuleViolation(null, "event.lodging.error.notPlaced"));
        if (otherId == null) {
            throw new RuleViolation("other", "validation.required");
        }
        RoomPlan otherRoom = plan.roomOf(otherId).orElseThrow(() -> new RuleViolation("other", "event.lodging.error.otherNotPlaced"));
        Lodger other = otherRoom.lodgers().stream().filter(l -> l.id() == otherId).findFirst().orElseThrow();
        if (same(otherRoom, room)) {
            throw new RuleViolation("other", "event.lodging.error.sameRoom");
        }
        swapRefusal(room, lodger, otherRoom, other).ifPresent(key -> {
            throw new RuleViolation("other", key);
        });
        Instant now = clock.instant();
        store.place(delegateId, otherRoom.blockId(), otherRoom.number(), true, actor.username(), now);
        store.place(otherId, room.blockId(), room.number(), true, actor.username(), now);
    }

    /** Takes a lodger out of its room: unallocated until placed again (by hand, or by the next allocation). */
    public void release(long eventId, long delegateId) {
        access.requireSecretariat();
        lockChangeable(eventId);
        lodger(eventId, delegateId);
        store.unplace(delegateId);
    }

    private static boolean same(RoomPlan room, RoomPlan other) {
        return room != null && other != null && room.key().equals(other.key());
    }

    private static Optional<String> moveRefusal(RoomPlan room, Lodger lodger) {
        return RoomRules.refusal(room.type(), room.lodgers(), lodger);
    }

    /** Whether each could take the other's place: the rules of both rooms, each without the one leaving it. */
    private static Optional<String> swapRefusal(RoomPlan room, Lodger lodger, RoomPlan otherRoom, Lodger other) {
        return RoomRules.refusal(otherRoom.type(), without(otherRoom, other), lodger)
                .or(() -> RoomRules.refusal(room.type(), without(room, lodger), other));
    }

    private static List<Lodger> without(RoomPlan room, Lodger lodger) {
        return room.lodgers().stream().filter(l -> l.id() != lodger.id()).toList();
    }

    private static Optional<RoomPlan> room(LodgingPlan plan, String key) {
        if (key == null || !key.matches("\\d{1,18}-\\d{1,4}")) {
            return Optional.empty();
        }
        String[] parts = key.split("-");
        return plan.room(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }

    /** A registered delegate of the event who asked for a room; anyone else is unknown here. */
    private Lodger lodger(long eventId, long delegateId) {
        return store.lodgers(eventId).stream().filter(l -> l.id() == delegateId).findFirst()
                .orElseThrow(() -> new NotFoundException("event.lodging.error.unknownLodger", delegateId));
    }

    private LodgingPlan current(long eventId) {
        return LodgingPlan.of(store.blocks(eventId), store.lodgers(eventId), store.placements(eventId));
    }

    private EventRow event(long eventId) {
        return events.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }

    /** The event, locked until the transaction ends; a held event's lodging no longer changes. */
    private void lockChangeable(long eventId) {
        EventRow event = events.lockEvent(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
        if (!EventLifecycle.editable(event.status())) {
            throw new RuleViolation(null, "event.error.notEditable", EventLifecycle.label(event.status()));
        }
    }
}
