-- An event's invitation (邀请通知): a circular of the circulars module, issued once per event, whose cities reply by
-- registering their delegation. The circular is the circulars module's (referred to by id, no foreign key across
-- modules); the number, title and reach are kept as they were issued.
CREATE TABLE event_invitation
(
    event_id    BIGINT PRIMARY KEY REFERENCES event (id),
    circular_id BIGINT      NOT NULL UNIQUE,
    doc_number  TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    cities      INT         NOT NULL CHECK (cities > 0),
    issued_by   TEXT        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL
);

-- "Remind those with no answer" from the event's board: at most once per city and day (in CITYBRIDGE_TIME_ZONE), the
-- row written before the mail so that two presses at once remind a city once
CREATE TABLE event_invitation_reminder
(
    event_id    BIGINT      NOT NULL REFERENCES event_invitation (event_id),
    city_code   TEXT        NOT NULL,
    day         DATE        NOT NULL,
    reminded_by TEXT        NOT NULL,
    reminded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, city_code, day)
);
