-- service: 门诊慢特病 (outpatient chronic and special diseases). Approved qualifications (资格), which the settlement
-- engine reads through the service API; bans after false information; the assessing hospitals and departments
-- (认定医院, 认定科室) per region; the materials each disease asks for; how long a qualification stays valid.

CREATE TABLE service_chronic_qualification (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       BIGINT NOT NULL REFERENCES insured_person (id),
    disease_code    VARCHAR(6) NOT NULL REFERENCES catalog_chronic_disease (code),
    region_code     VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    application_id  BIGINT REFERENCES service_application (id),   -- null: carried over from before online applications
    hospital_code   VARCHAR(12),
    hospital_name   VARCHAR(80),
    department      VARCHAR(30),
    starts_on       DATE NOT NULL,
    valid_until     DATE,                                          -- null: valid indefinitely
    status          VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    cancel_reason   VARCHAR(300),
    cancelled_by    VARCHAR(60),
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= starts_on),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
-- one active qualification per person and disease
CREATE UNIQUE INDEX service_chronic_qualification_active_idx
    ON service_chronic_qualification (person_id, disease_code) WHERE status = 'ACTIVE';
CREATE INDEX service_chronic_qualification_region_idx ON service_chronic_qualification (region_code, person_id);
CREATE INDEX service_chronic_qualification_application_idx ON service_chronic_qualification (application_id);

-- A person found to have given false information may not apply again until banned_until (two years).
CREATE TABLE service_chronic_ban (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES insured_person (id),
    region_code   VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    banned_until  DATE NOT NULL,
    reason        VARCHAR(300) NOT NULL,
    banned_by     VARCHAR(60) NOT NULL,
    banned_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_chronic_ban_person_idx ON service_chronic_ban (person_id, banned_until);

-- 认定医院 of a region and their 认定科室, as the administrator keeps them.
CREATE TABLE service_chronic_hospital (
    region_code    VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    hospital_code  VARCHAR(12) NOT NULL REFERENCES catalog_institution (code),
    PRIMARY KEY (region_code, hospital_code)
);

CREATE TABLE service_chronic_department (
    hospital_code  VARCHAR(12) NOT NULL REFERENCES catalog_institution (code),
    name           VARCHAR(30) NOT NULL,
    PRIMARY KEY (hospital_code, name)
);

-- The materials an application must (required) or may carry. Scope: a disease kind (CHRONIC, SPECIAL) for every
-- disease of that kind, or one disease code, whose rows then replace the kind's.
CREATE TABLE service_chronic_material (
    scope     VARCHAR(8) NOT NULL,
    material  VARCHAR(20) NOT NULL CHECK (material IN ('DIAGNOSIS', 'MEDICAL_RECORD', 'EXAMINATION', 'OTHER')),
    required  BOOLEAN NOT NULL,
    PRIMARY KEY (scope, material)
);
INSERT INTO service_chronic_material (scope, material, required) VALUES
('CHRONIC', 'DIAGNOSIS', TRUE),
('CHRONIC', 'MEDICAL_RECORD', TRUE),
('CHRONIC', 'EXAMINATION', FALSE),
('SPECIAL', 'DIAGNOSIS', TRUE),
('SPECIAL', 'MEDICAL_RECORD', TRUE),
('SPECIAL', 'EXAMINATION', FALSE);

-- How many years an approved qualification is valid in a region; no row or null years: indefinitely.
CREATE TABLE service_chronic_validity (
    region_code  VARCHAR(6) PRIMARY KEY REFERENCES catalog_pooling_region (code),
    valid_years  INT CHECK (valid_years IS NULL OR valid_years BETWEEN 1 AND 20),
    updated_by   VARCHAR(60) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The qualifications settlement kept until now move here (carried over: no application).
INSERT INTO service_chronic_qualification (person_id, disease_code, region_code, starts_on, valid_until, status,
                                           created_at)
SELECT q.person_id, q.disease_code, p.region_code, q.approved_on, q.ended_on, 'ACTIVE', now()
FROM settlement_chronic_qualification q
JOIN LATERAL (SELECT region_code FROM insured_period ip WHERE ip.person_id = q.person_id
              ORDER BY (ip.status = '1') DESC, ip.begin_date DESC LIMIT 1) p ON TRUE
WHERE q.disease_code IN (SELECT code FROM catalog_chronic_disease)
  AND (q.ended_on IS NULL OR q.ended_on >= q.approved_on);

DROP TABLE settlement_chronic_qualification;
