-- A task prepared but not yet handed to cities (another module's plan item, say): the secretariat opens it as a new
-- task, chooses the cities and assigns it, which links the draft to the task it became.
CREATE TABLE task_draft
(
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT        NOT NULL DEFAULT '',
    due_date    DATE        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    task_id     BIGINT REFERENCES task (id)
);
CREATE UNIQUE INDEX task_draft_task_idx ON task_draft (task_id) WHERE task_id IS NOT NULL;
