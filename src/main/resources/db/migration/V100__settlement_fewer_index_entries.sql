-- settlement: index entries nothing looks up, written by every settlement.
-- 2601 冲正 finds the settlement of an original msgid through that msgid's stored answer, which names its setl_id;
-- nothing else looks settlements up by msgid.
DROP INDEX settlement_settlement_msgid_idx;

-- Accumulator entries are only ever found by their reference (the settlement): it becomes the key, and the
-- surrogate id with its sequence and the unused (person, year) index go.
ALTER TABLE settlement_accumulator_entry DROP CONSTRAINT settlement_accumulator_entry_pkey;
ALTER TABLE settlement_accumulator_entry DROP COLUMN id;
ALTER TABLE settlement_accumulator_entry DROP CONSTRAINT settlement_accumulator_entry_reference_key;
ALTER TABLE settlement_accumulator_entry ADD PRIMARY KEY (reference);
DROP INDEX settlement_accumulator_entry_person;
