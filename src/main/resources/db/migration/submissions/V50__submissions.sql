-- Information submissions (信息报送): a city's reports, their review log, attachments and the pictures of their bodies
CREATE TABLE submission
(
    id                 BIGSERIAL PRIMARY KEY,
    city_code          TEXT        NOT NULL,
    city_name          TEXT        NOT NULL,
    province_code      TEXT        NOT NULL,
    province_name      TEXT        NOT NULL,
    kind               TEXT        NOT NULL CHECK (kind IN ('CITY_NEWS', 'EXPERIENCE', 'RESEARCH')),
    title              TEXT        NOT NULL,
    body_html          TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'ADOPTED')),
    author_person_id   BIGINT,
    author_name        TEXT        NOT NULL,
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    first_submitted_at TIMESTAMPTZ,
    submitted_at       TIMESTAMPTZ,
    decided_at         TIMESTAMPTZ,
    column_id          BIGINT,
    article_id         BIGINT
);
CREATE INDEX submission_queue_idx ON submission (status, submitted_at);
CREATE INDEX submission_city_idx ON submission (city_code, updated_at DESC);
CREATE INDEX submission_period_idx ON submission (first_submitted_at);

CREATE TABLE submission_attachment
(
    submission_id BIGINT NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    file_id       UUID   NOT NULL REFERENCES stored_file (id),
    position      INT    NOT NULL,
    PRIMARY KEY (submission_id, file_id)
);

-- Every step with who, when and the opinion: what the liaison sees as the review history
CREATE TABLE submission_event
(
    id            BIGSERIAL PRIMARY KEY,
    submission_id BIGINT      NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    action        TEXT        NOT NULL,
    from_status   TEXT,
    to_status     TEXT        NOT NULL,
    opinion       TEXT,
    actor         TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    article_id    BIGINT
);
CREATE INDEX submission_event_submission_idx ON submission_event (submission_id, id);

-- Pictures uploaded for report bodies, with the city that uploaded them (null: the secretariat)
CREATE TABLE submission_media
(
    file_id       UUID PRIMARY KEY REFERENCES stored_file (id),
    city_code     TEXT,
    province_code TEXT,
    uploaded_by   TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL
);
