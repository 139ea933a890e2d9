-- identity: citizen accounts, SMS codes, login lockout, API tokens, real-name attempts, staff users.

CREATE TABLE identity_account (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone               VARCHAR(11) NOT NULL UNIQUE,
    password_hash       VARCHAR(200) NOT NULL,
    person_id           BIGINT UNIQUE REFERENCES insured_person (id),
    real_name_method    VARCHAR(12) CHECK (real_name_method IN ('EVOUCHER', 'SOCIAL_CARD')),
    real_name_at        TIMESTAMP WITH TIME ZONE,
    large_font          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((person_id IS NULL) = (real_name_at IS NULL))
);

CREATE TABLE identity_sms_code (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone       VARCHAR(11) NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    code_hash   CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INT NOT NULL DEFAULT 0,
    consumed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_sms_code_phone_idx ON identity_sms_code (phone, created_at DESC);

-- Consecutive failed logins per account, or per unknown user name (so both answer alike).
CREATE TABLE identity_login_failure (
    subject_key     VARCHAR(80) PRIMARY KEY,
    failures        INT NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE identity_access_token (
    token_hash CHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES identity_account (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_access_token_account_idx ON identity_access_token (account_id);

CREATE TABLE identity_real_name_attempt (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES identity_account (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded    BOOLEAN NOT NULL
);
CREATE INDEX identity_real_name_attempt_idx ON identity_real_name_attempt (account_id, attempted_at DESC);

CREATE TABLE identity_staff (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    login         VARCHAR(32) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(30) NOT NULL,
    role          VARCHAR(10) NOT NULL CHECK (role IN ('CLERK', 'ADMIN')),
    region_code   VARCHAR(6) REFERENCES catalog_pooling_region (code),
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    CHECK (role = 'ADMIN' OR region_code IS NOT NULL)
);

-- The demo SMS adapter's outbox: what would have been sent. Written only by the demo gateway.
CREATE TABLE identity_sms_outbox (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    phone   VARCHAR(11) NOT NULL,
    text    VARCHAR(300) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_sms_outbox_phone_idx ON identity_sms_outbox (phone, sent_at DESC);
