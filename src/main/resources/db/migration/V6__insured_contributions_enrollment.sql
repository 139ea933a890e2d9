-- insured: contributions (缴费), yearly resident premium parameters per region, resident enrollment (城乡居民参保登记)
-- with its materials, and premium payments (城乡居民缴费).

-- What a resident pays and the fiscal subsidy, per pooling region and year; and whether enrollment needs review.
CREATE TABLE insured_region_parameter (
    region_code             VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    year                    INT NOT NULL,
    resident_individual_fen BIGINT NOT NULL CHECK (resident_individual_fen >= 0),
    resident_subsidy_fen    BIGINT NOT NULL CHECK (resident_subsidy_fen >= 0),
    enrollment_review       VARCHAR(6) NOT NULL CHECK (enrollment_review IN ('AUTO', 'AGENCY')),
    PRIMARY KEY (region_code, year)
);

-- One row per month (employees, period_month 1-12) or per year (residents, period_month 0).
CREATE TABLE insured_contribution (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      BIGINT NOT NULL REFERENCES insured_person (id),
    region_code    VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    insutype       VARCHAR(3) NOT NULL,
    period_year    INT NOT NULL,
    period_month   INT NOT NULL CHECK (period_month BETWEEN 0 AND 12),
    base_fen       BIGINT NOT NULL DEFAULT 0 CHECK (base_fen >= 0),
    employer_fen   BIGINT NOT NULL DEFAULT 0 CHECK (employer_fen >= 0),
    personal_fen   BIGINT NOT NULL DEFAULT 0 CHECK (personal_fen >= 0),
    account_fen    BIGINT NOT NULL DEFAULT 0 CHECK (account_fen >= 0),
    subsidy_fen    BIGINT NOT NULL DEFAULT 0 CHECK (subsidy_fen >= 0),
    channel        VARCHAR(12) NOT NULL CHECK (channel IN ('EMPLOYER', 'TAX', 'MUTUAL_AID', 'ASSISTANCE')),
    status         VARCHAR(8) NOT NULL CHECK (status IN ('PAID', 'ARREARS')),
    paid_on        DATE,
    UNIQUE (person_id, insutype, period_year, period_month)
);
CREATE INDEX insured_contribution_person_idx ON insured_contribution (person_id, period_year);

CREATE TABLE insured_enrollment (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    applicant_account  BIGINT NOT NULL,
    region_code        VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    id_number          VARCHAR(18) NOT NULL,
    name               VARCHAR(30) NOT NULL,
    phone              VARCHAR(11) NOT NULL,
    category           VARCHAR(16) NOT NULL,
    for_self           BOOLEAN NOT NULL,
    status             VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    reject_reason      VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(32),
    person_id          BIGINT REFERENCES insured_person (id)
);
CREATE INDEX insured_enrollment_applicant_idx ON insured_enrollment (applicant_account, created_at DESC);
CREATE INDEX insured_enrollment_queue_idx ON insured_enrollment (region_code, status, submitted_at);
-- at most one open (draft, submitted) enrollment per ID number
CREATE UNIQUE INDEX insured_enrollment_open_idx ON insured_enrollment (id_number) WHERE status IN ('DRAFT', 'SUBMITTED');

CREATE TABLE insured_enrollment_material (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrollment_id BIGINT NOT NULL REFERENCES insured_enrollment (id),
    kind          VARCHAR(20) NOT NULL,
    file_name     VARCHAR(120) NOT NULL,
    content_type  VARCHAR(40) NOT NULL,
    size_bytes    INT NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64) NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX insured_enrollment_material_idx ON insured_enrollment_material (enrollment_id);

-- A resident premium payment; the idempotency key makes a double click one payment, and the unique
-- contribution row makes a confirmed payment count once.
CREATE TABLE insured_premium_payment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key  VARCHAR(64) NOT NULL UNIQUE,
    payer_account    BIGINT NOT NULL,
    person_id        BIGINT NOT NULL REFERENCES insured_person (id),
    region_code      VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    year             INT NOT NULL,
    category         VARCHAR(16) NOT NULL,
    amount_fen       BIGINT NOT NULL CHECK (amount_fen >= 0),
    subsidy_fen      BIGINT NOT NULL CHECK (subsidy_fen >= 0),
    channel          VARCHAR(12) NOT NULL CHECK (channel IN ('TAX', 'MUTUAL_AID')),
    status           VARCHAR(8) NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    channel_reference VARCHAR(40),
    receipt_number   VARCHAR(24) UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE
);
-- one live (pending or paid) payment per person and year
CREATE UNIQUE INDEX insured_premium_payment_live_idx ON insured_premium_payment (person_id, year) WHERE status IN ('PENDING', 'PAID');
CREATE INDEX insured_premium_payment_payer_idx ON insured_premium_payment (payer_account, created_at DESC);
