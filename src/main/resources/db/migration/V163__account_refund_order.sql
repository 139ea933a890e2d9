-- account: 清退 of a personal account to the person's bank account through the payment-order port:
-- 待拨付 (PENDING) → 已拨付 (PAID), or FAILED with the bank's reason.
CREATE TABLE account_refund_order (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference       VARCHAR(64) NOT NULL UNIQUE,
    person_id       BIGINT NOT NULL REFERENCES insured_person (id),
    amount_fen      BIGINT NOT NULL CHECK (amount_fen > 0),
    bank_category   VARCHAR(20) NOT NULL,
    bank_name       VARCHAR(60) NOT NULL,
    bank_account    VARCHAR(25) NOT NULL,
    account_name    VARCHAR(30) NOT NULL,
    status          VARCHAR(8) NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    reason          VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
