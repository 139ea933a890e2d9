-- account: each journal leg names the pooling region whose account it posts to, so that a 转移接续 shows the old
-- region's account emptied (TRANSFER_OUT) and the receiving region's credited (TRANSFER_IN) as separate accounts, and
-- each region's legs sum to its balance.

ALTER TABLE account_journal ADD COLUMN region_code VARCHAR(6);

-- legs written before: the account's region, except that legs up to a move out belong to the region moved out of.
-- The journal is append-only: its guard is lifted for these two statements only, which fill in the new column of the
-- legs already there and change nothing else.
ALTER TABLE account_journal DISABLE TRIGGER account_journal_append_only;

UPDATE account_journal j SET region_code = p.region_code
FROM account_personal p WHERE p.person_id = j.person_id;

UPDATE account_journal j SET region_code = t.from_region
FROM service_transfer t, account_journal o
WHERE o.reference = 'TRANSFER-' || t.application_id AND o.reason = 'TRANSFER_OUT' AND o.ledger = 'PERSONAL'
  AND j.person_id = o.person_id AND (j.id <= o.id OR j.movement_id = o.movement_id);

ALTER TABLE account_journal ENABLE TRIGGER account_journal_append_only;

CREATE INDEX account_journal_person_region_idx ON account_journal (person_id, region_code) WHERE ledger = 'PERSONAL';
