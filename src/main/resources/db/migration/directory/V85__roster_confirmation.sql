-- A city's liaison (or the secretariat on its behalf) confirms that the city's roster and contacts are checked and
-- correct (名录和联系方式已核对无误); the annual evaluation counts whether a city did so during the year.
CREATE TABLE roster_confirmation
(
    id           BIGSERIAL PRIMARY KEY,
    city_code    VARCHAR(6)  NOT NULL REFERENCES city (code),
    -- the liaison who confirmed, when the account is linked to a person; NULL when the secretariat confirmed
    person_id    BIGINT REFERENCES person (id),
    confirmed_by TEXT        NOT NULL,
    confirmed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX roster_confirmation_city_idx ON roster_confirmation (city_code, confirmed_at DESC);
CREATE INDEX roster_confirmation_at_idx ON roster_confirmation (confirmed_at);
