-- insured: insured persons (参保人), employers (参保单位), insurance periods per pooling region, social security cards.

CREATE TABLE insured_employer (
    unit_number VARCHAR(20) PRIMARY KEY,
    name        VARCHAR(80) NOT NULL,
    region_code VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code)
);

CREATE TABLE insured_person (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_number   VARCHAR(18) NOT NULL UNIQUE,
    name        VARCHAR(30) NOT NULL,
    gender      CHAR(1) NOT NULL CHECK (gender IN ('1', '2')),
    birth_date  DATE NOT NULL,
    ethnicity   VARCHAR(2) NOT NULL DEFAULT '01',
    phone       VARCHAR(11),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- One row per insurance relationship: a person may be suspended (2) in one region and normal (1) in another.
CREATE TABLE insured_period (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES insured_person (id),
    region_code  VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    insutype     VARCHAR(3) NOT NULL,
    psn_type     VARCHAR(4) NOT NULL,
    status       CHAR(1) NOT NULL CHECK (status IN ('1', '2', '4')),
    begin_date   DATE NOT NULL,
    paused_date  DATE,
    employer     VARCHAR(20) REFERENCES insured_employer (unit_number),
    UNIQUE (person_id, region_code, insutype)
);
CREATE INDEX insured_period_person_idx ON insured_period (person_id);

CREATE TABLE insured_social_card (
    card_number   VARCHAR(12) PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES insured_person (id),
    password_hash VARCHAR(200) NOT NULL,
    status        VARCHAR(10) NOT NULL DEFAULT 'NORMAL' CHECK (status IN ('NORMAL', 'LOST', 'CANCELLED')),
    issued_on     DATE NOT NULL
);
CREATE INDEX insured_social_card_person_idx ON insured_social_card (person_id);
