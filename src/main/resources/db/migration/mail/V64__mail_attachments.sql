-- Files sent with a message of the outbox (an .ics invitation, a PDF), in the order given; written in the same
-- transaction as their message and gone with it.
CREATE TABLE mail_attachment
(
    id           BIGSERIAL PRIMARY KEY,
    mail_id      BIGINT NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    position     INT    NOT NULL,
    name         TEXT   NOT NULL,
    content_type TEXT   NOT NULL,
    content      BYTEA  NOT NULL,
    CONSTRAINT mail_attachment_position_key UNIQUE (mail_id, position)
);
