-- Roster imports running in the background (reading, checking and writing a large file), so that their progress can
-- be shown and the uploader can leave and come back, from any instance. Kept for a day.
CREATE TABLE roster_import_job (
    id         UUID PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL,
    file_token VARCHAR(36)  NOT NULL,
    mode       VARCHAR(20)  NOT NULL,
    layout     JSONB        NOT NULL,
    state      VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    phase      VARCHAR(10)  NOT NULL CHECK (phase IN ('READING', 'CHECKING', 'WRITING')),
    done       INT          NOT NULL DEFAULT 0,
    total      INT          NOT NULL DEFAULT 0,
    report     JSONB,
    error      TEXT,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX roster_import_job_owner_idx ON roster_import_job (owner, created_at DESC);
