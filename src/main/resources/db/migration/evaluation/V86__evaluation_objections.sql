-- Objections (申诉): a city's liaison objects to the city's score within the year's window, optionally naming an
-- indicator or one piece of evidence; the secretariat accepts (with manual points) or rejects each with an answer.
CREATE TABLE evaluation_objection
(
    id              BIGSERIAL PRIMARY KEY,
    year            INT         NOT NULL REFERENCES evaluation_year (year),
    city_code       TEXT        NOT NULL,
    indicator       TEXT,
    evidence_source TEXT CHECK (evidence_source IN ('CIRCULAR', 'TASK', 'REPORT', 'EVENT', 'ROSTER')),
    evidence_item   BIGINT,
    reason          TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    file_id         UUID REFERENCES stored_file (id),
    status          TEXT        NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED')),
    answer          TEXT CHECK (length(answer) <= 2000),
    adjustment_id   BIGINT REFERENCES evaluation_adjustment (id),
    raised_by       TEXT        NOT NULL,
    raised_at       TIMESTAMPTZ NOT NULL,
    answered_by     TEXT,
    answered_at     TIMESTAMPTZ,
    CONSTRAINT evaluation_objection_evidence CHECK ((evidence_source IS NULL) = (evidence_item IS NULL))
);
CREATE INDEX evaluation_objection_year_idx ON evaluation_objection (year, city_code);
CREATE INDEX evaluation_objection_file_idx ON evaluation_objection (file_id) WHERE file_id IS NOT NULL;

-- Every change to an objection: who, when, the status and the city's total before and after
CREATE TABLE evaluation_objection_log
(
    id            BIGSERIAL PRIMARY KEY,
    objection_id  BIGINT        NOT NULL REFERENCES evaluation_objection (id),
    action        TEXT          NOT NULL CHECK (action IN ('RAISED', 'ACCEPTED', 'REJECTED')),
    status_before TEXT,
    status_after  TEXT          NOT NULL,
    total_before  NUMERIC(8, 2) NOT NULL,
    total_after   NUMERIC(8, 2) NOT NULL,
    note          TEXT,
    done_by       TEXT          NOT NULL,
    done_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX evaluation_objection_log_idx ON evaluation_objection_log (objection_id, id);
