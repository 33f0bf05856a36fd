-- Transactional outbox: a row per message, written with the business change, sent later by the dispatcher.
-- PENDING: waiting for (another) attempt at next_attempt_at; SENT: accepted by the SMTP server;
-- LOGGED: no SMTP server configured, written to the log and readable on the outbox page;
-- FAILED: gave up after the configured number of attempts (or a permanently invalid address), until retried.
CREATE TABLE mail_outbox
(
    id              BIGSERIAL PRIMARY KEY,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    topic           TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING'
        CONSTRAINT mail_outbox_status_check CHECK (status IN ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT
);
-- the dispatcher's claim: the oldest due pending message
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE status = 'PENDING';
-- the outbox page: newest first, optionally by status
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id DESC);
CREATE INDEX mail_outbox_status_created_idx ON mail_outbox (status, created_at DESC, id DESC);
