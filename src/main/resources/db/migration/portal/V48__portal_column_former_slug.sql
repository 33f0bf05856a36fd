-- A column's former URL names: links to its old page and feed answer 301 to the current ones instead of 404
CREATE TABLE portal_column_former_slug
(
    slug      TEXT PRIMARY KEY,
    column_id BIGINT NOT NULL REFERENCES portal_column (id) ON DELETE CASCADE
);
CREATE INDEX portal_column_former_slug_column_idx ON portal_column_former_slug (column_id);
