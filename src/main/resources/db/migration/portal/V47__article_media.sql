-- The pictures of an article's body that belong to it: /media/{id} shows a picture through an article only when it
-- is one of these (or the article's cover or attachment), never because a body merely mentions the id
CREATE TABLE article_media
(
    article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    file_id    UUID   NOT NULL REFERENCES stored_file (id),
    PRIMARY KEY (article_id, file_id)
);
CREATE INDEX article_media_file_idx ON article_media (file_id);

-- Existing bodies keep their pictures: those uploaded through the editor, and those of reports adopted into articles
INSERT INTO article_media (article_id, file_id)
SELECT DISTINCT a.id, f.id
FROM article a
         JOIN stored_file f ON strpos(a.body_html, '/media/' || f.id::text) > 0
WHERE f.content_type LIKE 'image/%'
  AND (EXISTS (SELECT 1 FROM portal_media m WHERE m.file_id = f.id) OR a.origin LIKE 'submission:%');
