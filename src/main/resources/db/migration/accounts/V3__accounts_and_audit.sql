CREATE TABLE user_account (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(40) NOT NULL UNIQUE,
    display_name        VARCHAR(60) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'EDITOR', 'LIAISON', 'PROVINCE')),
    city_code           VARCHAR(6),
    province_code       VARCHAR(6),
    person_id           BIGINT,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL DEFAULT 0,
    CHECK ((role = 'LIAISON') = (city_code IS NOT NULL)),
    CHECK ((role = 'PROVINCE') = (province_code IS NOT NULL))
);

CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES user_account (id),
    name         VARCHAR(60) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    prefix       VARCHAR(12) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(40) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    entity_type VARCHAR(40) NOT NULL,
    entity_id   VARCHAR(40) NOT NULL,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor);
