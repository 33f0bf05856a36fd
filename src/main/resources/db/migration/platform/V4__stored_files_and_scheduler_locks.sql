-- Uploaded files: the bytes live under the data directory by id; the name the user gave is only shown, never used on disk
CREATE TABLE stored_file
(
    id            UUID PRIMARY KEY,
    original_name TEXT        NOT NULL,
    content_type  TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    sha256        TEXT        NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);

-- ShedLock: a scheduled job runs on one instance at a time
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
