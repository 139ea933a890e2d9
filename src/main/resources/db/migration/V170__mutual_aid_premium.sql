-- 家庭共济缴费: a resident premium paid from a relative's employee personal account, refunded exactly when the
-- agency reverses the payment.

-- whose personal account paid (MUTUAL_AID payments only)
ALTER TABLE insured_premium_payment ADD COLUMN payer_person BIGINT REFERENCES insured_person (id);
ALTER TABLE insured_premium_payment DROP CONSTRAINT insured_premium_payment_status_check;
ALTER TABLE insured_premium_payment ADD CONSTRAINT insured_premium_payment_status_check
    CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED'));
ALTER TABLE insured_premium_payment ADD COLUMN refund_reason VARCHAR(200);

-- a refunded year no longer counts; paying it again makes it PAID again
ALTER TABLE insured_contribution DROP CONSTRAINT insured_contribution_status_check;
ALTER TABLE insured_contribution ADD CONSTRAINT insured_contribution_status_check
    CHECK (status IN ('PAID', 'ARREARS', 'REFUNDED'));

ALTER TABLE account_movement DROP CONSTRAINT account_movement_kind_check;
ALTER TABLE account_movement ADD CONSTRAINT account_movement_kind_check
    CHECK (kind IN ('OPENING', 'PAYMENT', 'REVERSAL', 'CREDITING', 'TRANSFER_OUT', 'PREMIUM', 'PREMIUM_REFUND'));

ALTER TABLE account_journal DROP CONSTRAINT account_journal_ledger_check;
ALTER TABLE account_journal ADD CONSTRAINT account_journal_ledger_check
    CHECK (ledger IN ('PERSONAL', 'SETTLEMENT_CLEARING', 'EMPLOYER_CREDITING', 'TRANSFER_OUT', 'OPENING_BALANCE',
                      'RESIDENT_PREMIUM'));
