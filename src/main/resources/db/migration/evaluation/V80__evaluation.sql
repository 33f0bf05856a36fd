-- The annual evaluation of liaison work (年度考核): the Liaison Work Measures (《联络工作办法》) in versions, each year's
-- indicators and weights, manual points and the province coordinators' opinions. Scores are computed from the other
-- modules' work records when asked and never stored.

-- One version of the measures; published on the portal as an article (the portal's id kept, no foreign key across modules)
CREATE TABLE evaluation_measures
(
    id            BIGSERIAL PRIMARY KEY,
    version_label TEXT        NOT NULL UNIQUE CHECK (length(version_label) BETWEEN 1 AND 40),
    title         TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body_html     TEXT        NOT NULL,
    effective_on  DATE        NOT NULL,
    column_id     BIGINT      NOT NULL,
    article_id    BIGINT      NOT NULL,
    published_by  TEXT        NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE evaluation_year
(
    year                INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    measures_id         BIGINT REFERENCES evaluation_measures (id),
    status              TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SCORED', 'CLOSED')),
    -- the window in which a city's liaison may object to its score (申诉)
    objections_open_at  TIMESTAMPTZ,
    objections_close_at TIMESTAMPTZ,
    created_by          TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT evaluation_year_objection_window CHECK (objections_open_at IS NULL OR objections_close_at IS NULL
        OR objections_open_at < objections_close_at)
);

-- The year's indicators: weight in points, the number of days (READ_WITHIN_DAYS) or the cap (count indicators)
CREATE TABLE evaluation_indicator
(
    year     INT          NOT NULL REFERENCES evaluation_year (year),
    kind     TEXT         NOT NULL CHECK (kind IN ('RECEIPTS_ON_TIME', 'READ_WITHIN_DAYS', 'TASKS_COMPLETED', 'TASKS_ON_TIME',
                                                   'REPORTS_SUBMITTED', 'REPORTS_ADOPTED', 'REPORTS_PUBLISHED',
                                                   'CONFERENCE_ATTENDANCE', 'ROSTER_CONFIRMED')),
    weight   NUMERIC(6, 2) NOT NULL CHECK (weight >= 0),
    days     INT CHECK (days > 0),
    cap      INT CHECK (cap > 0),
    PRIMARY KEY (year, kind)
);

-- Manual points (加分/扣分) for a city, optionally for one of its liaisons, with a reason and an evidence file
CREATE TABLE evaluation_adjustment
(
    id         BIGSERIAL PRIMARY KEY,
    year       INT           NOT NULL REFERENCES evaluation_year (year),
    city_code  TEXT          NOT NULL,
    person_id  BIGINT,
    points     NUMERIC(6, 2) NOT NULL CHECK (points <> 0),
    reason     TEXT          NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    file_id    UUID REFERENCES stored_file (id),
    created_by TEXT          NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX evaluation_adjustment_year_idx ON evaluation_adjustment (year, city_code);
CREATE INDEX evaluation_adjustment_file_idx ON evaluation_adjustment (file_id) WHERE file_id IS NOT NULL;

-- The province coordinator's opinion on one city of its province
CREATE TABLE evaluation_opinion
(
    year       INT         NOT NULL REFERENCES evaluation_year (year),
    city_code  TEXT        NOT NULL,
    opinion    TEXT        NOT NULL CHECK (length(opinion) BETWEEN 1 AND 2000),
    written_by TEXT        NOT NULL,
    written_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, city_code)
);
