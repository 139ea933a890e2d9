-- service: 跨省异地就医备案. An approved application grants one filing: the person may be treated in another
-- province (long-term residence: indefinitely; temporary: from the start date for the region's validity months).
-- One ACTIVE filing per person at a time. Regions configure the temporary validity (at least 6 months), the ratio
-- cut for a cross-province visit without a filing, and the destinations their insured need no filing for.

CREATE TABLE service_remote_filing (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id            BIGINT NOT NULL REFERENCES insured_person (id),
    application_id       BIGINT NOT NULL UNIQUE REFERENCES service_application (id),
    insured_region_code  VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    kind                 VARCHAR(10) NOT NULL CHECK (kind IN ('LONG_TERM', 'TEMPORARY')),
    category             VARCHAR(30) NOT NULL CHECK (category IN ('RETIRED_RESETTLED', 'LONG_TERM_RESIDENT',
                             'STATIONED_WORKER', 'REFERRED_BY_INSTITUTION', 'SELF_REFERRAL', 'OTHER_TEMPORARY')),
    province_code        VARCHAR(6) NOT NULL,
    city_code            VARCHAR(6) NOT NULL,
    start_date           DATE NOT NULL,
    end_date             DATE,                                  -- null: long-term, valid until revoked
    approved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED', 'EXPIRED')),
    revoked_at           TIMESTAMP WITH TIME ZONE,
    revoked_by           VARCHAR(60),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK ((kind = 'LONG_TERM') = (end_date IS NULL))
);
CREATE UNIQUE INDEX service_remote_filing_one_active ON service_remote_filing (person_id) WHERE status = 'ACTIVE';
CREATE INDEX service_remote_filing_person_idx ON service_remote_filing (person_id, status);

-- Per pooling region; a region without a row uses the defaults (12 months, 10 points).
CREATE TABLE service_remote_setting (
    region_code         VARCHAR(6) PRIMARY KEY REFERENCES catalog_pooling_region (code),
    temporary_months    INT NOT NULL DEFAULT 12 CHECK (temporary_months BETWEEN 6 AND 60),
    unfiled_cut_points  INT NOT NULL DEFAULT 10 CHECK (unfiled_cut_points BETWEEN 0 AND 20),
    updated_by          VARCHAR(32) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 免备案: the insured of a province are treated in these destination provinces as if filed, since a date.
CREATE TABLE service_remote_exemption (
    insured_province_code      VARCHAR(6) NOT NULL,
    destination_province_code  VARCHAR(6) NOT NULL,
    since                      DATE NOT NULL,
    updated_by                 VARCHAR(32) NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (insured_province_code, destination_province_code),
    CHECK (insured_province_code <> destination_province_code)
);
-- 京津冀: Hebei insured need no filing for Beijing and Tianjin since 2023-02-10.
INSERT INTO service_remote_exemption (insured_province_code, destination_province_code, since, updated_by, updated_at)
VALUES ('130000', '110000', DATE '2023-02-10', 'system', now()),
       ('130000', '120000', DATE '2023-02-10', 'system', now());

-- 新增备案人: persons an account verified by their e-voucher password, listed on its 异地备案首页.
CREATE TABLE service_remote_person (
    account_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL REFERENCES insured_person (id),
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, person_id)
);
