-- A correction of a published article waits here until it is published: readers keep the live version meanwhile.
-- draft holds the whole edited article (fields, sanitized body, cover, attachments) as JSON.
CREATE TABLE article_pending_revision
(
    article_id       BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    draft            JSONB       NOT NULL,
    based_on_version BIGINT      NOT NULL,
    edited_by        TEXT        NOT NULL,
    edited_at        TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0
);
