-- A 零星报销 or 生育医疗费 recorded as a settlement is found by its claim reference (medins_setl_id 'CLAIM:…') when a
-- clerk approves or revokes it; without an index that read scans every settlement of the province (about 2 s at
-- 10 000 000 settlements). The index holds the claims only: an institution's 2207 stores its msgid there, which the
-- predicate leaves out, so the settlement insert path gains no index entry.
create index settlement_settlement_claim_idx on settlement_settlement (medins_setl_id)
    where medins_setl_id like 'CLAIM:%';
