-- settlement: what a settlement writes, measured per statement (docs/benchmarks.md), carried foreign-key checks that
-- guard nothing. Fund lines and item results are inserted by the very statement that inserts their settlement, fee
-- items by a statement that has just locked their open visit, and settlements by the statement that settles their
-- locked visit; none of these parents is ever deleted (a reversal changes a status). Each check still ran a query
-- per row and locked the parent row, which wrote to the parent's page and to the WAL.
ALTER TABLE settlement_detail DROP CONSTRAINT settlement_detail_setl_id_fkey;
ALTER TABLE settlement_item_result DROP CONSTRAINT settlement_item_result_setl_id_fkey;
ALTER TABLE settlement_settlement DROP CONSTRAINT settlement_settlement_mdtrt_id_fkey;
ALTER TABLE settlement_fee DROP CONSTRAINT settlement_fee_mdtrt_id_fkey;

-- The year's totals are changed by every settlement that moves them; room on their pages keeps that update on its
-- page (a HOT update) instead of writing a new primary-key entry each time.
ALTER TABLE settlement_accumulator SET (fillfactor = 70);
