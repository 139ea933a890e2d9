-- account: 职工医保关系转移接续. The account moves to the receiving region as two movements (out of the old
-- region to zero, into the new one), and is frozen for payments from the 参保缴费凭证 until it has moved.

ALTER TABLE account_personal ADD COLUMN frozen_for VARCHAR(64);

ALTER TABLE account_movement DROP CONSTRAINT account_movement_kind_check;
ALTER TABLE account_movement ADD CONSTRAINT account_movement_kind_check
    CHECK (kind IN ('OPENING', 'PAYMENT', 'REVERSAL', 'CREDITING', 'TRANSFER_OUT', 'TRANSFER_IN'));

ALTER TABLE account_journal DROP CONSTRAINT account_journal_ledger_check;
ALTER TABLE account_journal ADD CONSTRAINT account_journal_ledger_check
    CHECK (ledger IN ('PERSONAL', 'SETTLEMENT_CLEARING', 'EMPLOYER_CREDITING', 'TRANSFER_OUT', 'OPENING_BALANCE',
                      'TRANSFER_IN'));

