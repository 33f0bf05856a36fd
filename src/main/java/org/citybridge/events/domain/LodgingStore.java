package org.citybridge.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.citybridge.directory.Gender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lodging tables of an event: hotel room blocks and who sleeps in which room. */
@Repository
class LodgingStore {

    private static final String BLOCK_COLUMNS = "id, event_id, hotel, address, room_type, rooms, check_in, check_out";

    /** Someone placed in a room; the delegate may since have stopped needing one (see {@link #lodgers}). */
    record PlacementRow(long delegateId, long blockId, int room, boolean manual) {
    }

    private final JdbcClient jdbc;

    LodgingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoomBlockView> blocks(long eventId) {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM event_room_block WHERE event_id = :event ORDER BY id")
                .param("event", eventId).query(LodgingStore::block).list();
    }

    Optional<RoomBlockView> block(long eventId, long blockId) {
        return jdbc.sql("SELECT " + BLOCK_COLUMNS + " FROM event_room_block WHERE id = :id AND event_id = :event")
                .param("id", blockId).param("event", eventId).query(LodgingStore::block).optional();
    }

    long insertBlock(long eventId, RoomBlockEntry entry, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO event_room_block (event_id, hotel, address, room_type, rooms, check_in, check_out, created_by, created_at)
                        VALUES (:event, :hotel, :address, :type, :rooms, :checkIn, :checkOut, :by, :at) RETURNING id""")
                .param("event", eventId).param("hotel", entry.hotel()).param("address", entry.address())
                .param("type", entry.roomType().name()).param("rooms", entry.rooms()).param("checkIn", entry.checkIn())
                .param("checkOut", entry.checkOut()).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void updateBlock(long blockId, RoomBlockEntry entry) {
        jdbc.sql("""
                        UPDATE event_room_block SET hotel = :hotel, address = :address, room_type = :type, rooms = :rooms,
                               check_in = :checkIn, check_out = :checkOut WHERE id = :id""")
                .param("hotel", entry.hotel()).param("address", entry.address()).param("type", entry.roomType().name())
                .param("rooms", entry.rooms()).param("checkIn", entry.checkIn()).param("checkOut", entry.checkOut())
                .param("id", blockId).update();
    }

    /** Removes the block; whoever slept in it is unallocated. */
    void deleteBlock(long blockId) {
        jdbc.sql("DELETE FROM event_room_placement WHERE block_id = :id").param("id", blockId).update();
        jdbc.sql("DELETE FROM event_room_block WHERE id = :id").param("id", blockId).update();
    }

    /** The registered delegates who asked for a room, with their city and province, in the order they registered. */
    List<Lodger> lodgers(long eventId) {
        return jdbc.sql("""
                        SELECT d.id, d.name, d.gender, d.lodging, d.mobile, g.city_code, g.city_name, g.province_code, g.province_name
                        FROM event_delegate d JOIN event_delegation g ON g.id = d.delegation_id
                        WHERE d.event_id = :event AND d.state = :registered AND d.lodging <> :none ORDER BY d.id""")
                .param("event", eventId).param("registered", DelegateState.REGISTERED.name())
                .param("none", Lodging.NONE.name())
                .query((rs, n) -> new Lodger(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                        Lodging.valueOf(rs.getString("lodging")), rs.getString("mobile"), rs.getString("city_code"),
                        rs.getString("city_name"), rs.getString("province_code"), rs.getString("province_name")))
                .list();
    }

    /** Every placement in the event's blocks, those made by hand in the order they were made. */
    List<PlacementRow> placements(long eventId) {
        return jdbc.sql("""
                        SELECT p.delegate_id, p.block_id, p.room, p.manual FROM event_room_placement p
                        JOIN event_room_block b ON b.id = p.block_id WHERE b.event_id = :event
                        ORDER BY p.placed_at, p.delegate_id""")
                .param("event", eventId).query(PlacementRow.class).list();
    }

    /** Places a delegate, wherever it was before. */
    void place(long delegateId, long blockId, int room, boolean manual, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_room_placement (delegate_id, block_id, room, manual, placed_by, placed_at)
                        VALUES (:delegate, :block, :room, :manual, :by, :at)
                        ON CONFLICT (delegate_id) DO UPDATE SET block_id = EXCLUDED.block_id, room = EXCLUDED.room,
                               manual = EXCLUDED.manual, placed_by = EXCLUDED.placed_by, placed_at = EXCLUDED.placed_at""")
                .param("delegate", delegateId).param("block", blockId).param("room", room).param("manual", manual)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    void unplace(long delegateId) {
        jdbc.sql("DELETE FROM event_room_placement WHERE delegate_id = :id").param("id", delegateId).update();
    }

    /** Removes the event's placements but those of the given delegates. */
    void unplaceAllBut(long eventId, Collection<Long> kept) {
        jdbc.sql("""
                        DELETE FROM event_room_placement p USING event_room_block b
                        WHERE b.id = p.block_id AND b.event_id = :event AND NOT (p.delegate_id = ANY (:kept))""")
                .param("event", eventId).param("kept", kept.toArray(Long[]::new)).update();
    }

    private static RoomBlockView block(ResultSet rs, int row) throws SQLException {
        return new RoomBlockView(rs.getLong("id"), rs.getLong("event_id"), rs.getString("hotel"), rs.getString("address"),
                RoomType.valueOf(rs.getString("room_type")), rs.getInt("rooms"), rs.getObject("check_in", LocalDate.class),
                rs.getObject("check_out", LocalDate.class));
    }
}
