-- Sign-in throttling shared by every instance on this database: bucket4j's PostgreSQL backend keeps one token bucket
-- per key ('address:<ip>', 'account:<username>' for clients without a device cookie, 'device:<nonce>' for a device
-- that signed in before) as bucket4j's serialized state, locked with SELECT ... FOR UPDATE while it changes.
-- expires_at (epoch milliseconds): when the bucket would be full again, after which a clean-up job deletes the row.
CREATE TABLE login_throttle_bucket
(
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX login_throttle_bucket_expires_at ON login_throttle_bucket (expires_at);

-- Secrets the accounts module makes for itself when none is configured, kept here so that they survive restarts and
-- every instance uses the same one. 'accounts.device-cookie': the HMAC-SHA256 key that signs device cookies (32 random
-- bytes, base64), unless citybridge.login.device-cookie-secret is set.
CREATE TABLE account_secret
(
    name       TEXT PRIMARY KEY,
    value      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
