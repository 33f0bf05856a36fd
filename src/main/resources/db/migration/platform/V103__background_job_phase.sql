-- What a running job says it is doing ("正在检查第 120 / 3000 行……"), in its owner's language, shown with the count.
ALTER TABLE background_job ADD COLUMN phase VARCHAR(300);
