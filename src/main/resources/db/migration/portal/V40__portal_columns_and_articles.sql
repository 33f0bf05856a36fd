-- The public site: a tree of columns (栏目) and their articles, with every revision kept
CREATE TABLE portal_column
(
    id          BIGSERIAL PRIMARY KEY,
    parent_id   BIGINT REFERENCES portal_column (id),
    slug        TEXT    NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,40}$'),
    name        TEXT    NOT NULL,
    description TEXT,
    position    INT     NOT NULL DEFAULT 0,
    visible     BOOLEAN NOT NULL DEFAULT TRUE
);

INSERT INTO portal_column (slug, name, position) VALUES ('news', '协会动态', 1), ('exchange', '城市交流', 2), ('notices', '通知公告', 3);
INSERT INTO portal_column (parent_id, slug, name, position)
SELECT id, 'liaison-work', '联络工作', 1 FROM portal_column WHERE slug = 'exchange';
INSERT INTO portal_column (parent_id, slug, name, position)
SELECT id, 'city-experience', '城市经验', 2 FROM portal_column WHERE slug = 'exchange';

CREATE TABLE article
(
    id            BIGSERIAL PRIMARY KEY,
    column_id     BIGINT      NOT NULL REFERENCES portal_column (id),
    title         TEXT        NOT NULL,
    subtitle      TEXT,
    source        TEXT,
    author        TEXT,
    summary       TEXT,
    keywords      TEXT,
    body_html     TEXT        NOT NULL,
    cover_file_id UUID REFERENCES stored_file (id),
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PENDING', 'PUBLISHED', 'WITHDRAWN')),
    publish_at    TIMESTAMPTZ,
    expire_at     TIMESTAMPTZ,
    origin        TEXT,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX article_column_published_idx ON article (column_id, publish_at DESC) WHERE status = 'PUBLISHED';

CREATE TABLE article_attachment
(
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    file_id    UUID   NOT NULL REFERENCES stored_file (id),
    position   INT    NOT NULL,
    PRIMARY KEY (article_id, file_id)
);

CREATE TABLE article_revision
(
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL,
    title      TEXT        NOT NULL,
    body_html  TEXT        NOT NULL,
    snapshot   JSONB       NOT NULL,
    note       TEXT,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_revision_article_idx ON article_revision (article_id, id);
