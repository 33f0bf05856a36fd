-- A cover picture's own text alternative (封面图片说明), shown as its alt wherever the cover is shown. Covers from before
-- get their article's title once, as a default; new covers must be described by the editor.
ALTER TABLE article ADD COLUMN cover_alt VARCHAR(200);
UPDATE article SET cover_alt = left(title, 200) WHERE cover_file_id IS NOT NULL;
