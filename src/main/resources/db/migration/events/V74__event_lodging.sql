-- Lodging (住宿): the rooms the secretariat booked per hotel, and which delegate sleeps in which room.
-- Rooms are numbered 1..rooms within their block; the number of beds follows the room type (SINGLE 1, TWIN 2).
CREATE TABLE event_room_block
(
    id         BIGSERIAL PRIMARY KEY,
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    hotel      TEXT        NOT NULL CHECK (length(hotel) BETWEEN 1 AND 100),
    address    TEXT        NOT NULL DEFAULT '',
    room_type  TEXT        NOT NULL CHECK (room_type IN ('SINGLE', 'TWIN')),
    rooms      INT         NOT NULL CHECK (rooms BETWEEN 1 AND 500),
    check_in   DATE        NOT NULL,
    check_out  DATE        NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_room_block_dates_in_order CHECK (check_out > check_in)
);
CREATE INDEX event_room_block_event_idx ON event_room_block (event_id, id);

-- Who sleeps where: one row per placed delegate. A placement made by hand (manual) is kept when the automatic
-- allocation runs again, as long as it still keeps the rules; the automatic ones are made afresh each time.
-- Beds and genders are checked by the application under the event's row lock.
CREATE TABLE event_room_placement
(
    delegate_id BIGINT PRIMARY KEY REFERENCES event_delegate (id),
    block_id    BIGINT      NOT NULL REFERENCES event_room_block (id),
    room        INT         NOT NULL CHECK (room > 0),
    manual      BOOLEAN     NOT NULL,
    placed_by   TEXT        NOT NULL,
    placed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_room_placement_room_idx ON event_room_placement (block_id, room);
