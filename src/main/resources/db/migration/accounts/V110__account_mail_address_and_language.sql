-- Where to tell an account's person things by mail, and in which language: optional, stored trimmed (not unique: one
-- office mailbox may serve several accounts); the language of what is mailed to them, Chinese unless they chose English.
ALTER TABLE user_account
    ADD COLUMN email    VARCHAR(254) CHECK (email IS NULL OR (email <> '' AND email = btrim(email))),
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'));
