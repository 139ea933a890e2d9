-- account: what a payment from the personal accounts writes, measured per statement (docs/benchmarks.md,
-- BENCH_STATEMENTS=1), made smaller without changing what the ledger holds.

-- Every payment changes its payers' balance rows. Room on their pages keeps that update on its page (a HOT update)
-- instead of moving the row to another page and writing a new primary-key entry each time; as
-- settlement_accumulator (V98).
ALTER TABLE account_personal SET (fillfactor = 80);

-- A person's PERSONAL legs by region (AccountTransfers.balancesByRegion) are all of that person's PERSONAL legs,
-- which account_journal_person_idx finds; the second index on (person_id, region_code) was only one more entry
-- written with every leg.
DROP INDEX IF EXISTS account_journal_person_region_idx;
