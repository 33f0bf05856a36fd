-- After the event (会后报道): the photos the secretariat uploads on the event page, each with its caption, from which
-- it chooses those of the report it drafts for the portal. The stored file is the files module's; a removed photo's
-- row goes, its file stays (an article may show it).
CREATE TABLE event_photo
(
    id          BIGSERIAL PRIMARY KEY,
    event_id    BIGINT      NOT NULL REFERENCES event (id),
    file_id     UUID        NOT NULL UNIQUE REFERENCES stored_file (id),
    caption     TEXT        NOT NULL CHECK (length(caption) BETWEEN 1 AND 200),
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_photo_event_idx ON event_photo (event_id, id);

-- Each draft article the event's report was written into, in the portal's own table (by id, no foreign key across
-- modules); the newest one that still exists is the event's report, and while it exists no other is drafted
CREATE TABLE event_article
(
    id         BIGSERIAL PRIMARY KEY,
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    article_id BIGINT      NOT NULL,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_article_event_idx ON event_article (event_id, id DESC);
