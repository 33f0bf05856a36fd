-- Each history entry knows the article version it shows (and the pending revision's version, for a correction), so
-- that an edit conflict can show what the other person changed since the version an editor started from.
ALTER TABLE article_revision ADD COLUMN article_version BIGINT;
ALTER TABLE article_revision ADD COLUMN revision_version BIGINT;
-- Why an article was withdrawn (required when withdrawing).
ALTER TABLE article_revision ADD COLUMN reason TEXT;
CREATE INDEX article_revision_version_idx ON article_revision (article_id, article_version);
-- Old covers stay visible to editors as thumbnails in the history.
CREATE INDEX article_revision_cover_idx ON article_revision ((snapshot ->> 'coverFileId'));

-- Articles deleted after withdrawal: their address answers "gone" (404) instead of a plain "not found".
CREATE TABLE article_deleted
(
    article_id BIGINT PRIMARY KEY,
    deleted_by TEXT        NOT NULL,
    deleted_at TIMESTAMPTZ NOT NULL
);
