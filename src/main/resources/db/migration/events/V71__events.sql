-- Events (会议活动): the annual liaison work conference, training courses and forums, their agenda and the
-- delegations the member cities register. Every change of an event's or a delegate's status goes through EventStore.
CREATE TABLE event
(
    id                     BIGSERIAL PRIMARY KEY,
    kind                   TEXT        NOT NULL CHECK (kind IN ('ANNUAL_CONFERENCE', 'TRAINING', 'FORUM')),
    title                  TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- the co-organizing city (承办城市), a snapshot of its names taken when chosen
    host_city_code         TEXT,
    host_city_name         TEXT,
    starts_on              DATE        NOT NULL,
    ends_on                DATE        NOT NULL,
    -- registration is open from (when set) until the deadline, and only while the event is OPEN
    registration_opens_at  TIMESTAMPTZ,
    registration_closes_at TIMESTAMPTZ NOT NULL,
    capacity               INT         NOT NULL CHECK (capacity > 0),
    -- the most delegates (registered or waitlisted) one city may send; NULL: no limit but the capacity
    city_quota             INT CHECK (city_quota > 0),
    status                 TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'HELD')),
    notes                  TEXT        NOT NULL DEFAULT '',
    version                INT         NOT NULL DEFAULT 0,
    created_by             TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_dates_in_order CHECK (ends_on >= starts_on),
    CONSTRAINT event_registration_window CHECK (registration_opens_at IS NULL OR registration_opens_at < registration_closes_at),
    CONSTRAINT event_host_named CHECK ((host_city_code IS NULL) = (host_city_name IS NULL))
);
CREATE INDEX event_starts_idx ON event (starts_on DESC, id DESC);

-- Every status change of an event, with who and when; never updated
CREATE TABLE event_status_change
(
    id          BIGSERIAL PRIMARY KEY,
    event_id    BIGINT      NOT NULL REFERENCES event (id),
    from_status TEXT        NOT NULL,
    to_status   TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_status_change_event_idx ON event_status_change (event_id, id);

CREATE TABLE event_venue
(
    id       BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES event (id),
    position INT    NOT NULL,
    name     TEXT   NOT NULL,
    address  TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX event_venue_event_idx ON event_venue (event_id, position);

-- The agenda by day; an optional session (a lecture, a visit) is chosen at registration and may have a capacity
CREATE TABLE event_session
(
    id        BIGSERIAL PRIMARY KEY,
    event_id  BIGINT  NOT NULL REFERENCES event (id),
    day       DATE    NOT NULL,
    starts_at TIME    NOT NULL,
    ends_at   TIME    NOT NULL,
    title     TEXT    NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('PLENARY', 'LECTURE', 'SITE_VISIT', 'MEAL', 'TRANSFER')),
    place     TEXT    NOT NULL DEFAULT '',
    speakers  TEXT    NOT NULL DEFAULT '',
    optional  BOOLEAN NOT NULL DEFAULT FALSE,
    capacity  INT CHECK (capacity > 0),
    CONSTRAINT event_session_times_in_order CHECK (ends_at > starts_at),
    CONSTRAINT event_session_capacity_only_if_optional CHECK (capacity IS NULL OR optional)
);
CREATE INDEX event_session_event_idx ON event_session (event_id, day, starts_at);

-- Site-visit groups (实地考察分组), each on its own bus with its own capacity; a delegate joins at most one
CREATE TABLE event_visit_group
(
    id       BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES event (id),
    position INT    NOT NULL,
    name     TEXT   NOT NULL,
    bus      TEXT   NOT NULL DEFAULT '',
    capacity INT    NOT NULL CHECK (capacity > 0)
);
CREATE INDEX event_visit_group_event_idx ON event_visit_group (event_id, position);

-- A city's answer to the event: its delegation registered, or declined. No row: no answer yet.
-- The city and province names are a snapshot taken when the city first answered.
CREATE TABLE event_delegation
(
    id            BIGSERIAL PRIMARY KEY,
    event_id      BIGINT      NOT NULL REFERENCES event (id),
    city_code     TEXT        NOT NULL,
    city_name     TEXT        NOT NULL,
    province_code TEXT        NOT NULL,
    province_name TEXT        NOT NULL,
    answer        TEXT        NOT NULL CHECK (answer IN ('REGISTERED', 'DECLINED')),
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (event_id, city_code)
);
CREATE INDEX event_delegation_province_idx ON event_delegation (event_id, province_code);

-- The order in which waitlisted delegates are promoted, across cities
CREATE SEQUENCE event_waitlist_seq;

CREATE TABLE event_delegate
(
    id                BIGSERIAL PRIMARY KEY,
    event_id          BIGINT      NOT NULL REFERENCES event (id),
    delegation_id     BIGINT      NOT NULL REFERENCES event_delegation (id),
    name              TEXT        NOT NULL,
    gender            TEXT        NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    post              TEXT        NOT NULL DEFAULT '',
    unit              TEXT        NOT NULL DEFAULT '',
    mobile            TEXT        NOT NULL,
    diet              TEXT        NOT NULL DEFAULT 'NONE' CHECK (diet IN ('NONE', 'HALAL', 'VEGETARIAN', 'OTHER')),
    diet_note         TEXT        NOT NULL DEFAULT '',
    role              TEXT        NOT NULL DEFAULT 'DELEGATE' CHECK (role IN ('DELEGATE', 'GUEST', 'STAFF')),
    arrival_date      DATE,
    arrival_time      TIME,
    arrival_trip      TEXT        NOT NULL DEFAULT '',
    arrival_station   TEXT        NOT NULL DEFAULT '',
    departure_date    DATE,
    departure_time    TIME,
    departure_trip    TEXT        NOT NULL DEFAULT '',
    departure_station TEXT        NOT NULL DEFAULT '',
    lodging           TEXT        NOT NULL DEFAULT 'SHARED' CHECK (lodging IN ('SINGLE', 'SHARED', 'NONE')),
    visit_group_id    BIGINT REFERENCES event_visit_group (id),
    state             TEXT        NOT NULL CHECK (state IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
    waitlist_position BIGINT,
    registered_at     TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_delegate_waitlist_position CHECK ((state = 'WAITLISTED') = (waitlist_position IS NOT NULL)),
    CONSTRAINT event_delegate_diet_note CHECK (diet = 'OTHER' OR diet_note = ''),
    CONSTRAINT event_delegate_arrival_time_has_date CHECK (arrival_time IS NULL OR arrival_date IS NOT NULL),
    CONSTRAINT event_delegate_departure_time_has_date CHECK (departure_time IS NULL OR departure_date IS NOT NULL)
);
CREATE INDEX event_delegate_delegation_idx ON event_delegate (delegation_id, id);
CREATE INDEX event_delegate_state_idx ON event_delegate (event_id, state);
CREATE INDEX event_delegate_waitlist_idx ON event_delegate (event_id, waitlist_position) WHERE state = 'WAITLISTED';

-- The optional sessions a delegate chose
CREATE TABLE event_delegate_session
(
    delegate_id BIGINT NOT NULL REFERENCES event_delegate (id),
    session_id  BIGINT NOT NULL REFERENCES event_session (id),
    PRIMARY KEY (delegate_id, session_id)
);
CREATE INDEX event_delegate_session_session_idx ON event_delegate_session (session_id);

-- Every change of a delegate's state (registered, waitlisted, promoted, cancelled), with who and when; never updated
CREATE TABLE event_delegate_change
(
    id          BIGSERIAL PRIMARY KEY,
    delegate_id BIGINT      NOT NULL REFERENCES event_delegate (id),
    from_state  TEXT,
    to_state    TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_delegate_change_delegate_idx ON event_delegate_change (delegate_id, id);
