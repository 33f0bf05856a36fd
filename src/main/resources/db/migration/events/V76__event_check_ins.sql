-- Check-ins (签到): a delegate's arrival at the event (session_id NULL) or at one of its sessions (a lecture, boarding
-- a site-visit bus). One row per delegate and session however often and at however many stations the badge is
-- scanned: the unique indexes decide which scan counts, also when two stations scan the same code at the same moment.
CREATE TABLE event_check_in
(
    id            BIGSERIAL PRIMARY KEY,
    event_id      BIGINT      NOT NULL REFERENCES event (id),
    delegate_id   BIGINT      NOT NULL REFERENCES event_delegate (id),
    -- a session removed from the agenda takes its attendance with it
    session_id    BIGINT REFERENCES event_session (id) ON DELETE CASCADE,
    -- when the badge was scanned: the device's time for a scan queued offline, else the server's
    checked_in_at TIMESTAMPTZ NOT NULL,
    -- when the server recorded it
    recorded_at   TIMESTAMPTZ NOT NULL,
    checked_in_by TEXT        NOT NULL,
    station       TEXT        NOT NULL DEFAULT '' CHECK (length(station) <= 60),
    -- the id the scanning device gave this scan, so that sending it again is recognised as the same scan
    client_id     TEXT CHECK (length(client_id) BETWEEN 1 AND 64)
);
CREATE UNIQUE INDEX event_check_in_once_idx ON event_check_in (delegate_id) WHERE session_id IS NULL;
CREATE UNIQUE INDEX event_check_in_session_once_idx ON event_check_in (delegate_id, session_id) WHERE session_id IS NOT NULL;
CREATE INDEX event_check_in_event_idx ON event_check_in (event_id, session_id);

-- Check-in staff (签到人员): accounts of role CHECKIN the secretariat lets check delegates in at an event and show its
-- big screen; such an account reaches nothing else (accounts.security.CheckInStaffFilter).
CREATE TABLE event_check_in_staff
(
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    -- the account's username in lower case (usernames are unique regardless of case)
    username   TEXT        NOT NULL CHECK (username = lower(username)),
    granted_by TEXT        NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, username)
);
CREATE INDEX event_check_in_staff_username_idx ON event_check_in_staff (username);
