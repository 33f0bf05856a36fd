-- Editorial review (初审 / 复审 / 终审): per column, how many levels an article passes before it is published and who
-- may act at each level; per article, where its review stands and every decision taken on it.

-- A column without a row has no review (levels 0): editors publish directly, as before.
CREATE TABLE column_review
(
    column_id         BIGINT  PRIMARY KEY REFERENCES portal_column (id) ON DELETE CASCADE,
    levels            INT     NOT NULL CHECK (levels BETWEEN 0 AND 3),
    author_may_review BOOLEAN NOT NULL DEFAULT FALSE
);

-- The editorial accounts (by username, lower case) that may act at one level of a column's review.
CREATE TABLE column_reviewer
(
    column_id BIGINT NOT NULL REFERENCES portal_column (id) ON DELETE CASCADE,
    level     INT    NOT NULL CHECK (level BETWEEN 1 AND 3),
    username  TEXT   NOT NULL,
    PRIMARY KEY (column_id, level, username)
);

-- The review of an article: its current round (one per submission), the levels the column asked for when it was
-- submitted, the level it waits at, since when; RETURNED with the reviewer's comment until it is submitted again.
CREATE TABLE article_review
(
    article_id       BIGINT      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    round            INT         NOT NULL,
    levels           INT         NOT NULL CHECK (levels BETWEEN 1 AND 3),
    current_level    INT         NOT NULL CHECK (current_level BETWEEN 1 AND 3),
    state            TEXT        NOT NULL CHECK (state IN ('IN_REVIEW', 'RETURNED', 'APPROVED')),
    submitted_by     TEXT        NOT NULL,
    submitted_at     TIMESTAMPTZ NOT NULL,
    level_since      TIMESTAMPTZ NOT NULL,
    returned_comment TEXT,
    returned_by      TEXT,
    returned_at      TIMESTAMPTZ,
    CHECK ((state = 'RETURNED') = (returned_comment IS NOT NULL))
);
CREATE INDEX article_review_waiting_idx ON article_review (level_since, article_id) WHERE state = 'IN_REVIEW';

-- Every decision of every round: approved or returned at a level, by whom, when, with the comment of a return.
CREATE TABLE article_review_decision
(
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    round      INT         NOT NULL,
    level      INT         NOT NULL CHECK (level BETWEEN 1 AND 3),
    decision   TEXT        NOT NULL CHECK (decision IN ('APPROVED', 'RETURNED')),
    comment    TEXT,
    decided_by TEXT        NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_review_decision_article_idx ON article_review_decision (article_id, round, id);
