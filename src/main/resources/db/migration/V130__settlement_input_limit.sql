-- settlement: bounds of what an institution may send, as policy data per 就医地 region (the institution's). A
-- region without its own row uses the row '000000'. A unit price, a quantity, one fee line and one visit's total
-- above these are refused (infcode -1) before anything is stored, so that no amount can empty an account or
-- overflow a sum. The defaults leave room for the dearest covered drugs and the longest inpatient stays.
CREATE TABLE settlement_input_limit (
    region_code        varchar(6) PRIMARY KEY,
    max_pric_fen       bigint  NOT NULL CHECK (max_pric_fen > 0 AND max_pric_fen <= 10000000000),
    max_cnt            numeric(16, 4) NOT NULL CHECK (max_cnt > 0 AND max_cnt <= 1000000),
    max_item_fen       bigint  NOT NULL CHECK (max_item_fen > 0 AND max_item_fen <= 100000000000),
    max_visit_fen      bigint  NOT NULL CHECK (max_visit_fen > 0 AND max_visit_fen <= 1000000000000),
    changed_by         varchar(64) NOT NULL,
    changed_at         timestamptz NOT NULL DEFAULT now(),
    reason             varchar(200) NOT NULL
);

COMMENT ON TABLE settlement_input_limit IS 'Bounds of institution input per region; 000000 is the default row';

INSERT INTO settlement_input_limit (region_code, max_pric_fen, max_cnt, max_item_fen, max_visit_fen, changed_by,
                                    reason)
VALUES ('000000', 200000000, 100000, 500000000, 1000000000, 'system',
        '默认：单价200万元，数量10万，单条明细500万元，单次就诊1000万元');
