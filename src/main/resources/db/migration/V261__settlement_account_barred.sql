-- settlement: the part of the person's share that no personal account could pay because its items are barred from
-- personal accounts (catalog_medical_item.account_barred); it was paid in cash, and the explanation says why.

ALTER TABLE settlement_settlement ADD COLUMN acct_barred_amt BIGINT NOT NULL DEFAULT 0
    CHECK (acct_barred_amt >= 0 AND acct_barred_amt <= psn_cash_pay);
