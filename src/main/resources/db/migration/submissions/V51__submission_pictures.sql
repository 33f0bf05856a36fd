-- The pictures a report's body uses, each one uploaded by the report's own city: whoever may see the report may see
-- them (the secretariat and a province coordinator once submitted, an editor once adopted); a picture used by no
-- report, or only by drafts, is the city's alone
CREATE TABLE submission_picture
(
    submission_id BIGINT NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    file_id       UUID   NOT NULL REFERENCES submission_media (file_id),
    PRIMARY KEY (submission_id, file_id)
);
CREATE INDEX submission_picture_file_idx ON submission_picture (file_id);

-- Existing reports keep the pictures of their own city that their bodies show
INSERT INTO submission_picture (submission_id, file_id)
SELECT DISTINCT s.id, m.file_id
FROM submission s
         JOIN submission_media m ON m.city_code = s.city_code AND strpos(s.body_html, '/media/' || m.file_id::text) > 0;
