-- Assigned tasks (交办事项): a task is handed to one or many cities; each city gets its own assignment with a lifecycle
CREATE TABLE task
(
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT        NOT NULL,
    description TEXT        NOT NULL DEFAULT '',
    priority    TEXT        NOT NULL CHECK (priority IN ('NORMAL', 'HIGH', 'URGENT')),
    due_date    DATE        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE task_attachment
(
    task_id  BIGINT NOT NULL REFERENCES task (id),
    file_id  UUID   NOT NULL REFERENCES stored_file (id),
    position INT    NOT NULL,
    PRIMARY KEY (task_id, file_id)
);

-- One row per targeted city; the city and province names are a snapshot taken when the task was assigned
CREATE TABLE task_assignment
(
    id                      BIGSERIAL PRIMARY KEY,
    task_id                 BIGINT      NOT NULL REFERENCES task (id),
    city_code               TEXT        NOT NULL,
    city_name               TEXT        NOT NULL,
    province_code           TEXT        NOT NULL,
    province_name           TEXT        NOT NULL,
    state                   TEXT        NOT NULL CHECK (state IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'SUBMITTED', 'COMPLETED', 'CANCELLED')),
    responsible_person_id   BIGINT,
    responsible_person_name TEXT,
    result                  TEXT,
    updated_at              TIMESTAMPTZ NOT NULL,
    UNIQUE (task_id, city_code)
);
CREATE INDEX task_assignment_city_idx ON task_assignment (city_code);
CREATE INDEX task_assignment_province_idx ON task_assignment (province_code);
CREATE INDEX task_assignment_responsible_idx ON task_assignment (responsible_person_id)
    WHERE state NOT IN ('COMPLETED', 'CANCELLED');

CREATE TABLE task_evidence
(
    assignment_id BIGINT      NOT NULL REFERENCES task_assignment (id),
    file_id       UUID        NOT NULL REFERENCES stored_file (id),
    added_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (assignment_id, file_id)
);

-- Every change of an assignment (and every progress note, return comment, handover) with who and when; never updated
CREATE TABLE task_transition
(
    id            BIGSERIAL PRIMARY KEY,
    assignment_id BIGINT      NOT NULL REFERENCES task_assignment (id),
    action        TEXT        NOT NULL,
    from_state    TEXT,
    to_state      TEXT        NOT NULL,
    note          TEXT,
    actor         TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX task_transition_assignment_idx ON task_transition (assignment_id, id);
