-- settlement: indexes for the lookups the institution API makes on every call of a kind, which otherwise read the
-- whole table: 门诊号 already used (2201), the visit or settlement a msgid made and the fees an upload added (2601).

CREATE INDEX settlement_visit_number_idx ON settlement_visit (institution_code, ipt_otp_no);
CREATE INDEX settlement_visit_msgid_idx ON settlement_visit (institution_code, created_msgid);
CREATE INDEX settlement_settlement_msgid_idx ON settlement_settlement (institution_code, medins_setl_id);
CREATE INDEX settlement_fee_upload_idx ON settlement_fee (upload_msgid);
