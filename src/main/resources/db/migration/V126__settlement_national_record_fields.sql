-- settlement: the national record fields Yibao did not keep (API.md §1). The HIS's own item code (medins_list_codg,
-- sent in 2204) is answered again by 5204; the person type and the certificate shown are answered in setlinfo by
-- 2207, its repeats, 5203 and 2208 alike. All nullable without a default: adding them rewrites nothing, and rows
-- stored before answer an empty string.
ALTER TABLE settlement_fee ADD COLUMN medins_list_codg VARCHAR(30);
ALTER TABLE settlement_settlement ADD COLUMN psn_type VARCHAR(4), ADD COLUMN mdtrt_cert_type VARCHAR(3);
