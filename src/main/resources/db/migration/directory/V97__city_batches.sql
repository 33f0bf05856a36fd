-- A bulk change of many cities' membership or one tag, applied in one transaction and undoable as a whole.
CREATE TABLE city_batch (
    id            BIGSERIAL PRIMARY KEY,
    action        VARCHAR(20) NOT NULL CHECK (action IN ('SET_MEMBERSHIP', 'ADD_TAG', 'REMOVE_TAG', 'IMPORT', 'UNDO')),
    -- the tag a tag batch (or the undo of one) adds or removes; NULL for membership
    tag           VARCHAR(40),
    membership    VARCHAR(20) CHECK (membership IN ('MEMBER', 'SUSPENDED', 'NONE')),
    member_since  DATE,
    undo_of       BIGINT REFERENCES city_batch (id),
    undone_by     BIGINT REFERENCES city_batch (id),
    actor         VARCHAR(40) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    city_count    INT NOT NULL
);
CREATE INDEX city_batch_at_idx ON city_batch (at DESC, id DESC);
CREATE UNIQUE INDEX city_batch_undo_of_idx ON city_batch (undo_of);

-- One city's value of the batch's aspect before and after: membership with its date, or whether it carried the tag.
CREATE TABLE city_batch_change (
    batch_id            BIGINT NOT NULL REFERENCES city_batch (id),
    city_code           VARCHAR(6) NOT NULL REFERENCES city (code),
    before_membership   VARCHAR(20),
    before_member_since DATE,
    after_membership    VARCHAR(20),
    after_member_since  DATE,
    before_tagged       BOOLEAN,
    after_tagged        BOOLEAN,
    PRIMARY KEY (batch_id, city_code)
);
CREATE INDEX city_batch_change_city_idx ON city_batch_change (city_code);
