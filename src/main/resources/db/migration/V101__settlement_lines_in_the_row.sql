-- settlement: a settlement's fund lines (setldetail) and item results are written once, with it, and only ever read
-- with it. They now live in its row as two JSON arrays instead of one row each in two more tables, which every
-- settlement paid for with an insert per line and per item and their index entries. Views with the old names and
-- columns keep every reader's SQL as it was.
ALTER TABLE settlement_settlement
    ADD COLUMN fund_lines JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN item_results JSONB NOT NULL DEFAULT '[]';

UPDATE settlement_settlement s SET
    fund_lines = coalesce((SELECT jsonb_agg(jsonb_build_object('fund_pay_type', d.fund_pay_type,
                                                               'fund_payamt_fen', d.fund_payamt_fen)
                                            ORDER BY d.fund_pay_type)
                           FROM settlement_detail d WHERE d.setl_id = s.setl_id), '[]'),
    item_results = coalesce((SELECT jsonb_agg(to_jsonb(r) - 'setl_id' ORDER BY length(r.feedetl_sn), r.feedetl_sn)
                             FROM settlement_item_result r WHERE r.setl_id = s.setl_id), '[]');

ALTER TABLE settlement_settlement ALTER COLUMN fund_lines DROP DEFAULT, ALTER COLUMN item_results DROP DEFAULT;

DROP TABLE settlement_detail;
DROP TABLE settlement_item_result;

CREATE VIEW settlement_detail AS
    SELECT s.setl_id, d.fund_pay_type, d.fund_payamt_fen
    FROM settlement_settlement s
    CROSS JOIN LATERAL jsonb_to_recordset(s.fund_lines) AS d (fund_pay_type VARCHAR(10), fund_payamt_fen BIGINT);

CREATE VIEW settlement_item_result AS
    SELECT s.setl_id, r.feedetl_sn, r.med_list_codg, r.item_name, r.item_class, r.det_item_fee_sumamt,
           r.fulamt_ownpay_amt, r.overlmt_amt, r.preselfpay_amt, r.inscp_scp_amt
    FROM settlement_settlement s
    CROSS JOIN LATERAL jsonb_to_recordset(s.item_results) AS r (feedetl_sn VARCHAR(30), med_list_codg VARCHAR(30),
        item_name VARCHAR(100), item_class VARCHAR(2), det_item_fee_sumamt BIGINT, fulamt_ownpay_amt BIGINT,
        overlmt_amt BIGINT, preselfpay_amt BIGINT, inscp_scp_amt BIGINT);
