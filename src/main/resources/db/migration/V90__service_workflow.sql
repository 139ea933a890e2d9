-- service: one workflow for every application type (业务办理). An application has a type, the account that
-- applies, the person it is for (self, a 亲情代办 member, or another person verified by their e-voucher
-- password), the pooling region that decides it, typed form data, materials, accepted commitments and a status
-- history. Type-specific results (慢特病 qualifications, 异地就医 filings) live in their own tables.

CREATE TABLE service_application (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type               VARCHAR(20) NOT NULL CHECK (type IN ('CHRONIC_DISEASE', 'REMOTE_CARE')),
    variant            VARCHAR(30) NOT NULL DEFAULT '',          -- e.g. LONG_TERM / TEMPORARY for 备案
    applicant_account  BIGINT NOT NULL,
    person_id          BIGINT NOT NULL REFERENCES insured_person (id),
    person_name        VARCHAR(30) NOT NULL,                      -- as verified when the application was made
    person_id_number   VARCHAR(18) NOT NULL,
    route              VARCHAR(10) NOT NULL CHECK (route IN ('SELF', 'PROXY', 'VERIFIED')),
    region_code        VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    status             VARCHAR(10) NOT NULL CHECK (status IN
                           ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'CANCELLED', 'REVOKED')),
    summary            VARCHAR(120) NOT NULL DEFAULT '',          -- one line for lists: disease, destination
    form               JSONB NOT NULL DEFAULT '{}',
    claimed_by         VARCHAR(32),
    claimed_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(60),                               -- a clerk login, or AUTO:<rule>
    decided_at         TIMESTAMP WITH TIME ZONE,
    reason_code        VARCHAR(30),
    reason             VARCHAR(300),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel            VARCHAR(10) NOT NULL DEFAULT 'WEB'
);
CREATE INDEX service_application_applicant_idx ON service_application (applicant_account, created_at DESC);
CREATE INDEX service_application_person_idx ON service_application (person_id, type, status);
CREATE INDEX service_application_queue_idx ON service_application (region_code, status, submitted_at);
CREATE INDEX service_application_id_number_idx ON service_application (person_id_number);

CREATE TABLE service_application_material (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES service_application (id),
    kind            VARCHAR(30) NOT NULL,
    file_name       VARCHAR(120) NOT NULL,
    content_type    VARCHAR(40) NOT NULL,
    size_bytes      INT NOT NULL CHECK (size_bytes > 0),
    sha256          CHAR(64) NOT NULL,
    content         BYTEA NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_application_material_idx ON service_application_material (application_id);

-- The commitments (承诺书, 须知, 知情同意书) the person accepted: which text, in which version, when.
CREATE TABLE service_application_commitment (
    application_id  BIGINT NOT NULL REFERENCES service_application (id),
    kind            VARCHAR(30) NOT NULL,
    text_version    VARCHAR(20) NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, kind)
);

-- Every transition: who, when, why, from which channel.
CREATE TABLE service_application_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  BIGINT NOT NULL REFERENCES service_application (id),
    from_status     VARCHAR(10),
    to_status       VARCHAR(10) NOT NULL,
    actor           VARCHAR(60) NOT NULL,
    channel         VARCHAR(12) NOT NULL,
    reason_code     VARCHAR(30),
    reason          VARCHAR(300),
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_application_event_idx ON service_application_event (application_id, id);

-- 站内消息: what the citizen is told about their applications, shown on the home page until read.
CREATE TABLE service_message (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      BIGINT NOT NULL,
    application_id  BIGINT NOT NULL REFERENCES service_application (id),
    status          VARCHAR(10) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX service_message_account_idx ON service_message (account_id, id DESC);

-- Auto-approval per region, type and variant ('*' = every variant of the type). No row: a clerk decides.
CREATE TABLE service_auto_rule (
    region_code  VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    type         VARCHAR(20) NOT NULL,
    variant      VARCHAR(30) NOT NULL,
    auto_approve BOOLEAN NOT NULL,
    updated_by   VARCHAR(32) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (region_code, type, variant)
);
