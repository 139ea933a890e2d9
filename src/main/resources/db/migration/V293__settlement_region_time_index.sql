-- A clerk's FHIR search reads the settlements of the clerk's pooling region newest first; without an index led by
-- the region it scanned all settlements of the province (12.6 s at 10 000 000). Settlements of a region arrive in
-- time order, so each insert adds its entry at the end of its region's range: one index entry more per 2207.
create index settlement_settlement_region_time_idx on settlement_settlement (region_code, setl_time);
