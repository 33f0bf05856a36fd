-- Province coordinators assigned to provinces in one action, applied in one transaction and undoable as a whole.
CREATE TABLE coordinator_batch (
    id            BIGSERIAL PRIMARY KEY,
    undo_of       BIGINT REFERENCES coordinator_batch (id),
    undone_by     BIGINT REFERENCES coordinator_batch (id),
    actor         VARCHAR(40) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    account_count INT NOT NULL
);
CREATE INDEX coordinator_batch_at_idx ON coordinator_batch (at DESC, id DESC);
CREATE UNIQUE INDEX coordinator_batch_undo_of_idx ON coordinator_batch (undo_of);

-- One coordinator account's province before and after the batch (a PROVINCE account always has one).
CREATE TABLE coordinator_batch_change (
    batch_id        BIGINT NOT NULL REFERENCES coordinator_batch (id),
    account_id      BIGINT NOT NULL REFERENCES user_account (id),
    before_province VARCHAR(6) NOT NULL,
    after_province  VARCHAR(6) NOT NULL,
    PRIMARY KEY (batch_id, account_id)
);
CREATE INDEX coordinator_batch_change_account_idx ON coordinator_batch_change (account_id);
