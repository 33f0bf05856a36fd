CREATE TABLE province (
    code VARCHAR(6) PRIMARY KEY,
    name VARCHAR(40) NOT NULL
);

CREATE TABLE city (
    code          VARCHAR(6) PRIMARY KEY,
    name          VARCHAR(60) NOT NULL,
    level         VARCHAR(20) NOT NULL CHECK (level IN ('MUNICIPALITY', 'PREFECTURE', 'COUNTY')),
    kind          VARCHAR(30) NOT NULL,
    province_code VARCHAR(6) NOT NULL REFERENCES province (code),
    parent_code   VARCHAR(6) REFERENCES city (code),
    membership    VARCHAR(20) NOT NULL DEFAULT 'NONE' CHECK (membership IN ('MEMBER', 'SUSPENDED', 'NONE')),
    member_since  DATE,
    address       VARCHAR(200),
    notes         TEXT,
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX city_province_idx ON city (province_code);

CREATE TABLE city_tag (
    city_code VARCHAR(6) NOT NULL REFERENCES city (code),
    tag       VARCHAR(40) NOT NULL,
    PRIMARY KEY (city_code, tag)
);

CREATE TABLE city_leader (
    id         BIGSERIAL PRIMARY KEY,
    city_code  VARCHAR(6) NOT NULL REFERENCES city (code),
    name       VARCHAR(40) NOT NULL,
    post       VARCHAR(30) NOT NULL CHECK (post IN ('MAYOR', 'DEPUTY_MAYOR', 'SECRETARY_GENERAL')),
    start_date DATE NOT NULL,
    end_date   DATE,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX city_leader_city_idx ON city_leader (city_code);

CREATE TABLE person (
    id           BIGSERIAL PRIMARY KEY,
    name         VARCHAR(40) NOT NULL,
    gender       VARCHAR(10) CHECK (gender IN ('MALE', 'FEMALE')),
    post         VARCHAR(100),
    unit         VARCHAR(100),
    mobile       VARCHAR(20),
    office_phone VARCHAR(30),
    email        VARCHAR(120),
    address      VARCHAR(200),
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX person_name_idx ON person (name);
CREATE INDEX person_mobile_idx ON person (mobile);

CREATE TABLE liaison_appointment (
    id         BIGSERIAL PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id),
    city_code  VARCHAR(6) NOT NULL REFERENCES city (code),
    role       VARCHAR(10) NOT NULL CHECK (role IN ('PRIMARY', 'DEPUTY')),
    start_date DATE NOT NULL,
    end_date   DATE,
    version    BIGINT NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX liaison_appointment_city_idx ON liaison_appointment (city_code, end_date);
CREATE INDEX liaison_appointment_person_idx ON liaison_appointment (person_id);
CREATE UNIQUE INDEX liaison_appointment_natural_idx ON liaison_appointment (person_id, city_code, role, start_date);

-- ids are handed out in blocks of 50 so that bulk imports can batch their inserts
ALTER SEQUENCE person_id_seq INCREMENT BY 50;
ALTER SEQUENCE liaison_appointment_id_seq INCREMENT BY 50;
ALTER SEQUENCE city_leader_id_seq INCREMENT BY 50;
