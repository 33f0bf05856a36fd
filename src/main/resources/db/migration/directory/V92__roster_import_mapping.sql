-- Column mappings of roster files that the secretariat saved under a name, to reuse for the next file of that shape:
-- each header as written in the file (normalised) and the roster field it holds, or '' for a column to ignore.
CREATE TABLE roster_import_mapping (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(60) NOT NULL UNIQUE,
    columns    JSONB       NOT NULL,
    saved_by   VARCHAR(100) NOT NULL,
    saved_at   TIMESTAMPTZ NOT NULL
);
