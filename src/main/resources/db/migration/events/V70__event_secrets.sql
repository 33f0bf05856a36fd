-- Secrets the application makes for itself when none is configured, kept in the database so that they survive
-- restarts and every instance on this database uses the same one. 'events.check-in': the HMAC-SHA256 key that signs
-- the check-in codes printed on badges (32 random bytes, base64), unless citybridge.events.check-in-secret is set.
CREATE TABLE app_secret
(
    name       TEXT PRIMARY KEY,
    value      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
