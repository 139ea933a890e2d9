-- account: the movement kinds and journal ledgers of both 转移接续 (V160) and 家庭共济缴费 (V170). Each of those
-- migrations replaced the checks with its own list; this one allows the union, whichever ran last.

ALTER TABLE account_movement DROP CONSTRAINT account_movement_kind_check;
ALTER TABLE account_movement ADD CONSTRAINT account_movement_kind_check
    CHECK (kind IN ('OPENING', 'PAYMENT', 'REVERSAL', 'CREDITING', 'TRANSFER_OUT', 'TRANSFER_IN', 'PREMIUM',
                    'PREMIUM_REFUND'));

ALTER TABLE account_journal DROP CONSTRAINT account_journal_ledger_check;
ALTER TABLE account_journal ADD CONSTRAINT account_journal_ledger_check
    CHECK (ledger IN ('PERSONAL', 'SETTLEMENT_CLEARING', 'EMPLOYER_CREDITING', 'TRANSFER_OUT', 'OPENING_BALANCE',
                      'TRANSFER_IN', 'RESIDENT_PREMIUM'));
