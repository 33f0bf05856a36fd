-- Circulars (通知) sent by the secretariat, one delivery per targeted city, receipts (回执) and their reminders
CREATE TABLE circular
(
    id             BIGSERIAL PRIMARY KEY,
    doc_number     TEXT        NOT NULL,
    doc_year       INT         NOT NULL,
    title          TEXT        NOT NULL,
    urgency        TEXT        NOT NULL,
    body_html      TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    targets        JSONB       NOT NULL,
    receipt_form   JSONB,
    deadline       TIMESTAMPTZ,
    revision       INT         NOT NULL DEFAULT 0,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    issued_by      TEXT,
    issued_at      TIMESTAMPTZ,
    withdrawn_by   TEXT,
    withdrawn_at   TIMESTAMPTZ,
    withdraw_reason TEXT,
    CONSTRAINT circular_number_unique_per_year UNIQUE (doc_year, doc_number)
);
CREATE INDEX circular_created_idx ON circular (created_at DESC);

CREATE TABLE circular_attachment
(
    circular_id BIGINT NOT NULL REFERENCES circular (id) ON DELETE CASCADE,
    file_id     UUID   NOT NULL REFERENCES stored_file (id),
    position    INT    NOT NULL,
    PRIMARY KEY (circular_id, file_id)
);

-- Every issue, correction and withdrawal, with what it changed
CREATE TABLE circular_revision
(
    id          BIGSERIAL PRIMARY KEY,
    circular_id BIGINT      NOT NULL REFERENCES circular (id) ON DELETE CASCADE,
    revision    INT         NOT NULL,
    kind        TEXT        NOT NULL,
    note        TEXT,
    title       TEXT        NOT NULL,
    body_html   TEXT        NOT NULL,
    deadline    TIMESTAMPTZ,
    changes     JSONB       NOT NULL DEFAULT '[]',
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX circular_revision_circular_idx ON circular_revision (circular_id, revision);

CREATE TABLE circular_delivery
(
    id              BIGSERIAL PRIMARY KEY,
    circular_id     BIGINT      NOT NULL REFERENCES circular (id) ON DELETE CASCADE,
    city_code       TEXT        NOT NULL,
    city_name       TEXT        NOT NULL,
    province_code   TEXT        NOT NULL,
    province_name   TEXT        NOT NULL,
    read_at         TIMESTAMPTZ,
    read_by         TEXT,
    seen_revision   INT         NOT NULL DEFAULT 0,
    answers         JSONB,
    replied_at      TIMESTAMPTZ,
    replied_by      TEXT,
    first_replied_at TIMESTAMPTZ,
    reopened_until  TIMESTAMPTZ,
    reopened_by     TEXT,
    CONSTRAINT delivery_one_per_city UNIQUE (circular_id, city_code)
);
CREATE INDEX circular_delivery_city_idx ON circular_delivery (city_code, circular_id DESC);

-- The liaisons a delivery is addressed to; a handover moves open deliveries to the successor
CREATE TABLE circular_recipient
(
    delivery_id BIGINT NOT NULL REFERENCES circular_delivery (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL,
    name        TEXT   NOT NULL,
    email       TEXT,
    PRIMARY KEY (delivery_id, person_id)
);

-- What happened to one city's delivery: read, replied, reopened, reminded, handed over
CREATE TABLE circular_delivery_event
(
    id          BIGSERIAL PRIMARY KEY,
    delivery_id BIGINT      NOT NULL REFERENCES circular_delivery (id) ON DELETE CASCADE,
    kind        TEXT        NOT NULL,
    detail      TEXT,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX circular_delivery_event_idx ON circular_delivery_event (delivery_id, at);

-- An automatic reminder rule fires at most once per delivery, whichever instance runs it
CREATE TABLE circular_reminder
(
    delivery_id BIGINT      NOT NULL REFERENCES circular_delivery (id) ON DELETE CASCADE,
    rule        TEXT        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (delivery_id, rule)
);
