-- Long work a user started (an export, a batch of certificates, a search rebuild): its progress and its result,
-- kept in the shared database so the user may leave and come back, on any instance.
CREATE TABLE background_job (
    id            UUID PRIMARY KEY,
    owner         VARCHAR(100) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    done          BIGINT       NOT NULL DEFAULT 0,
    total         BIGINT,
    message       VARCHAR(1000),
    link          VARCHAR(500),
    file_name     VARCHAR(300),
    content_type  VARCHAR(100),
    content       BYTEA,
    started_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ
);

CREATE INDEX background_job_owner ON background_job (owner, started_at DESC);
