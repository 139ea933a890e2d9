-- voucher: the 医保电子凭证 of each person and the channels it was activated on.

CREATE TABLE voucher_evoucher (
    person_id       BIGINT PRIMARY KEY REFERENCES insured_person (id),
    status          VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN')),
    password_hash   VARCHAR(200) NOT NULL,
    failed_attempts INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    activated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE voucher_activation_channel (
    person_id    BIGINT NOT NULL REFERENCES voucher_evoucher (person_id),
    channel      VARCHAR(20) NOT NULL,
    activated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, channel)
);
