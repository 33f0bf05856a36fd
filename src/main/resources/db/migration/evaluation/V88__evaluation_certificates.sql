-- Certificates (荣誉证书) of the decided commendations, verifiable by serial on the public page /certificates/{serial};
-- numbered in order within the year and never reused (a revoked certificate keeps its number).
CREATE TABLE evaluation_certificate
(
    id              BIGSERIAL PRIMARY KEY,
    serial          TEXT        NOT NULL UNIQUE CHECK (length(serial) BETWEEN 1 AND 60),
    year            INT         NOT NULL REFERENCES evaluation_year (year),
    number          INT         NOT NULL CHECK (number > 0),
    commendation_id BIGINT      NOT NULL UNIQUE REFERENCES evaluation_commendation (id),
    person_name     TEXT        NOT NULL,
    city_name       TEXT        NOT NULL,
    honour          TEXT        NOT NULL,
    issued_on       DATE        NOT NULL,
    revoked_at      TIMESTAMPTZ,
    revoked_by      TEXT,
    revoke_reason   TEXT CHECK (length(revoke_reason) <= 500),
    UNIQUE (year, number),
    CONSTRAINT evaluation_certificate_revocation CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
);

-- The association's seal printed on every certificate: one image at a time, the last one uploaded
CREATE TABLE evaluation_seal
(
    id          BIGSERIAL PRIMARY KEY,
    file_id     UUID        NOT NULL REFERENCES stored_file (id),
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
