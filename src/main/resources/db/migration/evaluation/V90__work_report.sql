-- The year's work report (年度工作报告): the narrative sections the secretariat writes for a year, and the items of
-- next year's plan, each of which may be turned into a task draft or an event draft (their ids kept, no foreign key
-- across modules). The figures are computed from the other modules' records when asked and never stored.

CREATE TABLE work_report_section
(
    id         BIGSERIAL PRIMARY KEY,
    year       INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    position   INT         NOT NULL,
    title      TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    body_html  TEXT        NOT NULL DEFAULT '',
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX work_report_section_year_idx ON work_report_section (year, position);

-- An item of the plan for year + 1, as written in the year's report
CREATE TABLE work_report_plan_item
(
    id            BIGSERIAL PRIMARY KEY,
    year          INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    position      INT         NOT NULL,
    title         TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   TEXT        NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    kind          TEXT        NOT NULL CHECK (kind IN ('TASK', 'EVENT')),
    target_month  INT         NOT NULL CHECK (target_month BETWEEN 1 AND 12),
    -- what it was turned into: the tasks module's draft or the events module's event
    task_draft_id BIGINT,
    event_id      BIGINT,
    turned_by     TEXT,
    turned_at     TIMESTAMPTZ,
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT work_report_plan_item_turned_once CHECK (task_draft_id IS NULL OR event_id IS NULL)
);
CREATE INDEX work_report_plan_item_year_idx ON work_report_plan_item (year, position);
