-- Pictures editors upload for article bodies and covers, before any article refers to them
CREATE TABLE portal_media
(
    file_id     UUID PRIMARY KEY REFERENCES stored_file (id),
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);

-- The public media rule asks "is this file the cover or an attachment of a live article?"
CREATE INDEX article_attachment_file_idx ON article_attachment (file_id);
CREATE INDEX article_cover_file_idx ON article (cover_file_id) WHERE cover_file_id IS NOT NULL;
CREATE INDEX article_column_idx ON article (column_id);
CREATE INDEX portal_column_parent_idx ON portal_column (parent_id);
