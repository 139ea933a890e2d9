-- account: personal accounts (个人账户) as a double-entry, append-only journal plus one balance row per person,
-- changed in the same transaction as its journal legs.

-- The balance of a person's account; never negative, whatever happens concurrently.
CREATE TABLE account_personal (
    person_id    BIGINT PRIMARY KEY REFERENCES insured_person (id),
    region_code  VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    balance_fen  BIGINT NOT NULL DEFAULT 0 CHECK (balance_fen >= 0),
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One request that moves money. A (reference, kind) pair moves money at most once; the stored split answers
-- the same request again.
CREATE TABLE account_movement (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              VARCHAR(16) NOT NULL CHECK (kind IN ('OPENING', 'PAYMENT', 'REVERSAL', 'CREDITING', 'TRANSFER_OUT')),
    reference         VARCHAR(64) NOT NULL,
    person_id         BIGINT REFERENCES insured_person (id),
    purpose           VARCHAR(16),
    amount_fen        BIGINT NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    acct_pay_fen      BIGINT NOT NULL DEFAULT 0 CHECK (acct_pay_fen >= 0),
    mulaid_pay_fen    BIGINT NOT NULL DEFAULT 0 CHECK (mulaid_pay_fen >= 0),
    cash_pay_fen      BIGINT NOT NULL DEFAULT 0 CHECK (cash_pay_fen >= 0),
    mulaid_person_id  BIGINT REFERENCES insured_person (id),
    balance_after_fen BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (reference, kind)
);

-- Every movement of a person's account as two legs that sum to zero: the PERSONAL leg (with the balance after)
-- and its counterpart. Rows are never changed or removed.
CREATE TABLE account_journal (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    movement_id       BIGINT NOT NULL REFERENCES account_movement (id),
    person_id         BIGINT NOT NULL REFERENCES insured_person (id),
    ledger            VARCHAR(20) NOT NULL CHECK (ledger IN ('PERSONAL', 'SETTLEMENT_CLEARING', 'EMPLOYER_CREDITING',
                                                             'TRANSFER_OUT', 'OPENING_BALANCE')),
    amount_fen        BIGINT NOT NULL CHECK (amount_fen <> 0),
    balance_after_fen BIGINT CHECK (balance_after_fen >= 0),
    reason            VARCHAR(20) NOT NULL,
    reference         VARCHAR(64) NOT NULL,
    posted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((ledger = 'PERSONAL') = (balance_after_fen IS NOT NULL))
);
-- a movement touches a person's account at most once (a month is credited once per person)
CREATE UNIQUE INDEX account_journal_once_idx ON account_journal (movement_id, person_id) WHERE ledger = 'PERSONAL';
CREATE INDEX account_journal_person_idx ON account_journal (person_id, id) WHERE ledger = 'PERSONAL';

CREATE FUNCTION account_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'account_journal is append-only';
END
$$;
CREATE TRIGGER account_journal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON account_journal
    FOR EACH STATEMENT EXECUTE FUNCTION account_journal_append_only();

-- Monthly crediting of employee accounts: one row per month, locked by each batch so concurrent runs credit
-- a month once. DEMO_OPENING marks months already contained in the demo opening balances.
CREATE TABLE account_crediting_run (
    period_year  INT NOT NULL,
    period_month INT NOT NULL CHECK (period_month BETWEEN 1 AND 12),
    movement_id  BIGINT REFERENCES account_movement (id),
    status       VARCHAR(12) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'DEMO_OPENING')),
    persons      INT NOT NULL DEFAULT 0,
    total_fen    BIGINT NOT NULL DEFAULT 0,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (period_year, period_month)
);
