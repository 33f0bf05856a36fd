-- Roster imports now run as background jobs (background_job, V100), which keep their owner, state, progress, failure
-- and age. What only the import needs stays here, under the job's id and removed with it: the held file, the mode,
-- the layout the file is read with, and the report once the rows are checked. Jobs of the former table (kept a day
-- at most) are not carried over.
DROP TABLE roster_import_job;

CREATE TABLE roster_import (
    job_id     UUID PRIMARY KEY REFERENCES background_job (id) ON DELETE CASCADE,
    file_token VARCHAR(36) NOT NULL,
    mode       VARCHAR(20) NOT NULL,
    layout     JSONB       NOT NULL,
    report     JSONB
);
