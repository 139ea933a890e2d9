-- service: 零星报销 (including 生育医疗费用) and 生育津贴 on the common workflow. The invoices a claim names are
-- held while the claim is open or approved, so that one invoice is never reimbursed twice; an approved claim
-- or allowance is paid to the bank account given through a payment order (待拨付 → 已拨付); 生育津贴 is computed
-- from the region's parameters, kept with history (a new row from a date on, never an update in place).

-- the type list lives in the code (ApplicationType); the column only keeps the name's shape
ALTER TABLE service_application DROP CONSTRAINT IF EXISTS service_application_type_check;
ALTER TABLE service_application ADD CONSTRAINT service_application_type_check CHECK (type ~ '^[A-Z_]{1,20}$');

CREATE TABLE service_claim_invoice (
    invoice_number  VARCHAR(32) NOT NULL,
    application_id  BIGINT NOT NULL REFERENCES service_application (id),
    PRIMARY KEY (invoice_number, application_id)
);

CREATE TABLE service_payment_order (
    application_id  BIGINT PRIMARY KEY REFERENCES service_application (id),
    payee_kind      VARCHAR(8) NOT NULL CHECK (payee_kind IN ('EMPLOYER', 'PERSON')),
    bank_category   VARCHAR(20) NOT NULL,
    bank_name       VARCHAR(60) NOT NULL,
    account_number  VARCHAR(30) NOT NULL,
    account_name    VARCHAR(60) NOT NULL,
    amount_fen      BIGINT NOT NULL CHECK (amount_fen >= 0),
    status          VARCHAR(8) NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'PAID')),
    failure_reason  VARCHAR(200),
    attempts        INT NOT NULL DEFAULT 0,
    bank_reference  VARCHAR(40),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX service_payment_order_pending_idx ON service_payment_order (status, created_at);

CREATE TABLE service_maternity_parameter (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code            VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    valid_from             DATE NOT NULL,
    min_months             INT NOT NULL CHECK (min_months BETWEEN 0 AND 120),
    base_days              INT NOT NULL CHECK (base_days BETWEEN 0 AND 365),
    difficult_days         INT NOT NULL CHECK (difficult_days BETWEEN 0 AND 365),
    extra_baby_days        INT NOT NULL CHECK (extra_baby_days BETWEEN 0 AND 365),
    province_extra_days    INT NOT NULL CHECK (province_extra_days BETWEEN 0 AND 365),
    early_miscarriage_days INT NOT NULL CHECK (early_miscarriage_days BETWEEN 0 AND 365),
    late_miscarriage_days  INT NOT NULL CHECK (late_miscarriage_days BETWEEN 0 AND 365),
    miscarriage_weeks      INT NOT NULL CHECK (miscarriage_weeks BETWEEN 1 AND 40),
    payee_kind             VARCHAR(8) NOT NULL CHECK (payee_kind IN ('EMPLOYER', 'PERSON')),
    changed_by             VARCHAR(32) NOT NULL,
    changed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (region_code, valid_from)
);
