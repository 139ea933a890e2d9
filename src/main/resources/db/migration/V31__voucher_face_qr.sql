-- voucher: face verifications (人脸识别), the SM2 key that signs dynamic QR codes, QR codes already accepted,
-- and the ecTokens institutions received for a decoded code.

CREATE TABLE voucher_face_verification (
    id          VARCHAR(32) PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES insured_person (id),
    account_id  BIGINT NOT NULL,
    purpose     VARCHAR(40) NOT NULL,
    return_path VARCHAR(300) NOT NULL,
    status      VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'PASSED', 'CONSUMED')),
    attempts    INT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX voucher_face_verification_person_idx ON voucher_face_verification (person_id);

CREATE TABLE voucher_signing_key (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    private_key VARCHAR(100) NOT NULL,
    public_key  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE voucher_qr_used (
    nonce            VARCHAR(16) PRIMARY KEY,
    person_id        BIGINT NOT NULL REFERENCES insured_person (id),
    institution_code VARCHAR(12) NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE voucher_ec_token (
    token            CHAR(40) PRIMARY KEY,
    person_id        BIGINT NOT NULL REFERENCES insured_person (id),
    institution_code VARCHAR(12) NOT NULL,
    qr_nonce         VARCHAR(16) NOT NULL REFERENCES voucher_qr_used (nonce),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX voucher_ec_token_person_idx ON voucher_ec_token (person_id);
