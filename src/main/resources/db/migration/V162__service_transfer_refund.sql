-- service: 转移接续 to a region that does not accept personal-account funds refunds (清退) the balance to the
-- person's own bank account, given with the application.

-- Per region: whether it accepts personal-account funds on a transfer in (no row: it does).
CREATE TABLE service_transfer_region (
    region_code           VARCHAR(6) PRIMARY KEY REFERENCES catalog_pooling_region (code),
    accepts_account_funds BOOLEAN NOT NULL,
    updated_by            VARCHAR(32) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE service_transfer ADD COLUMN refund BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE service_transfer ADD COLUMN bank_category VARCHAR(20);
ALTER TABLE service_transfer ADD COLUMN bank_name VARCHAR(60);
ALTER TABLE service_transfer ADD COLUMN bank_account VARCHAR(25);
ALTER TABLE service_transfer ADD COLUMN bank_account_name VARCHAR(30);
ALTER TABLE service_transfer ADD CONSTRAINT service_transfer_refund_bank
    CHECK (NOT refund OR (bank_category IS NOT NULL AND bank_name IS NOT NULL AND bank_account IS NOT NULL
                          AND bank_account_name IS NOT NULL));
