-- Commendation (表彰) of a year's outstanding liaisons: the round's settings and where it stands, the proposed list,
-- the public notice (公示) on the portal and the objections to it.
CREATE TABLE evaluation_commendation_round
(
    year               INT PRIMARY KEY REFERENCES evaluation_year (year),
    status             TEXT        NOT NULL CHECK (status IN ('PROPOSING', 'NOTICE', 'DECIDED')),
    -- how many are proposed: overall, or in each province when the year's measures say so
    quota              INT         NOT NULL CHECK (quota BETWEEN 1 AND 1000),
    quota_per_province BOOLEAN     NOT NULL,
    honour             TEXT        NOT NULL CHECK (length(honour) BETWEEN 1 AND 40),
    certificate_prefix TEXT        NOT NULL CHECK (length(certificate_prefix) BETWEEN 1 AND 20),
    notice_days        INT CHECK (notice_days BETWEEN 1 AND 30),
    notice_column_id   BIGINT,
    notice_article_id  BIGINT,
    notice_from        TIMESTAMPTZ,
    notice_until       TIMESTAMPTZ,
    noticed_by         TEXT,
    decided_by         TEXT,
    decided_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE evaluation_commendation
(
    id             BIGSERIAL PRIMARY KEY,
    year           INT           NOT NULL REFERENCES evaluation_year (year),
    person_id      BIGINT        NOT NULL,
    person_name    TEXT          NOT NULL,
    city_code      TEXT          NOT NULL,
    city_name      TEXT          NOT NULL,
    province_code  TEXT          NOT NULL,
    province_name  TEXT          NOT NULL,
    rank           INT,
    total          NUMERIC(8, 2),
    origin         TEXT          NOT NULL CHECK (origin IN ('RANKED', 'MANUAL')),
    added_reason   TEXT CHECK (length(added_reason) <= 500),
    status         TEXT          NOT NULL CHECK (status IN ('PROPOSED', 'REMOVED', 'COMMENDED')),
    removed_reason TEXT CHECK (length(removed_reason) <= 500),
    removed_by     TEXT,
    removed_at     TIMESTAMPTZ,
    created_by     TEXT          NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (year, person_id, city_code),
    CONSTRAINT evaluation_commendation_manual_reason CHECK (origin = 'RANKED' OR added_reason IS NOT NULL),
    CONSTRAINT evaluation_commendation_removed_reason CHECK (status <> 'REMOVED' OR removed_reason IS NOT NULL)
);
CREATE INDEX evaluation_commendation_year_idx ON evaluation_commendation (year, status);

-- Objections to the public notice, recorded by the secretariat while the notice runs (by phone, letter or visit)
CREATE TABLE evaluation_notice_objection
(
    id               BIGSERIAL PRIMARY KEY,
    year             INT         NOT NULL REFERENCES evaluation_year (year),
    commendation_id  BIGINT REFERENCES evaluation_commendation (id),
    raised_by        TEXT        NOT NULL CHECK (length(raised_by) BETWEEN 1 AND 200),
    content          TEXT        NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
    answer           TEXT CHECK (length(answer) <= 2000),
    recorded_by      TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    answered_by      TEXT,
    answered_at      TIMESTAMPTZ
);
CREATE INDEX evaluation_notice_objection_year_idx ON evaluation_notice_objection (year, id);
