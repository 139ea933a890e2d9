-- settlement: institution sign-ins, answered messages (msgid idempotency and 2601 冲正), visits, fee items,
-- settlements with their per-fund details. Amounts in fen.

CREATE TABLE settlement_signin (
    sign_no          VARCHAR(30) PRIMARY KEY,
    institution_code VARCHAR(12) NOT NULL,
    opter_no         VARCHAR(30) NOT NULL,
    signed_in_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_out_at    TIMESTAMP WITH TIME ZONE
);

-- Every answered request, so that the same msgid gets the same answer again and 2601 can find what to undo.
CREATE TABLE settlement_message (
    institution_code VARCHAR(12) NOT NULL,
    msgid            VARCHAR(30) NOT NULL,
    infno            VARCHAR(4) NOT NULL,
    request_sha256   CHAR(64) NOT NULL,
    response         TEXT NOT NULL,
    succeeded        BOOLEAN NOT NULL,
    answered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (institution_code, msgid)
);

CREATE TABLE settlement_visit (
    mdtrt_id         VARCHAR(30) PRIMARY KEY,
    institution_code VARCHAR(12) NOT NULL,
    person_id        BIGINT NOT NULL,
    insutype         VARCHAR(3) NOT NULL,
    med_type         VARCHAR(4) NOT NULL,
    region_code      VARCHAR(6) NOT NULL,
    mdtrt_cert_type  VARCHAR(2) NOT NULL,
    ipt_otp_no       VARCHAR(30),
    dept_name        VARCHAR(50),
    dise_codg        VARCHAR(20),
    dise_name        VARCHAR(100),
    begntime         TIMESTAMP WITH TIME ZONE NOT NULL,
    endtime          TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(12) NOT NULL CHECK (status IN ('REGISTERED', 'CANCELLED', 'IN_HOSPITAL', 'DISCHARGED', 'SETTLED')),
    created_msgid    VARCHAR(30) NOT NULL
);
CREATE INDEX settlement_visit_person_idx ON settlement_visit (person_id, begntime DESC);

CREATE TABLE settlement_fee (
    mdtrt_id             VARCHAR(30) NOT NULL REFERENCES settlement_visit (mdtrt_id),
    feedetl_sn           VARCHAR(30) NOT NULL,
    chrg_bchno           VARCHAR(30),
    med_list_codg        VARCHAR(30) NOT NULL,
    item_name            VARCHAR(100) NOT NULL,
    cnt                  NUMERIC(12, 4) NOT NULL CHECK (cnt > 0),
    pric_fen             BIGINT NOT NULL CHECK (pric_fen >= 0),
    det_item_fee_sumamt_fen BIGINT NOT NULL CHECK (det_item_fee_sumamt_fen >= 0),
    fee_ocur_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled            BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (mdtrt_id, feedetl_sn)
);

CREATE TABLE settlement_settlement (
    setl_id            VARCHAR(30) PRIMARY KEY,
    mdtrt_id           VARCHAR(30) NOT NULL REFERENCES settlement_visit (mdtrt_id),
    person_id          BIGINT NOT NULL,
    institution_code   VARCHAR(12) NOT NULL,
    insutype           VARCHAR(3) NOT NULL,
    med_type           VARCHAR(4) NOT NULL,
    region_code        VARCHAR(6) NOT NULL,
    setl_time          TIMESTAMP WITH TIME ZONE NOT NULL,
    medfee_sumamt      BIGINT NOT NULL,
    fulamt_ownpay_amt  BIGINT NOT NULL,
    overlmt_selfpay    BIGINT NOT NULL,
    preselfpay_amt     BIGINT NOT NULL,
    inscp_scp_amt      BIGINT NOT NULL,
    act_pay_dedc       BIGINT NOT NULL,
    hifp_pay           BIGINT NOT NULL,
    pool_prop_selfpay  BIGINT NOT NULL,
    fund_pay_sumamt    BIGINT NOT NULL,
    psn_part_amt       BIGINT NOT NULL,
    acct_pay           BIGINT NOT NULL,
    acct_mulaid_pay    BIGINT NOT NULL,
    psn_cash_pay       BIGINT NOT NULL,
    balc               BIGINT NOT NULL,
    mulaid_payer_person BIGINT,
    medins_setl_id     VARCHAR(30) NOT NULL,
    status             VARCHAR(10) NOT NULL CHECK (status IN ('SETTLED', 'REVERSED')),
    reversed_at        TIMESTAMP WITH TIME ZONE,
    explanation        TEXT,
    CHECK (medfee_sumamt = fund_pay_sumamt + psn_part_amt),
    CHECK (psn_part_amt = acct_pay + acct_mulaid_pay + psn_cash_pay),
    CHECK (fund_pay_sumamt >= 0 AND psn_part_amt >= 0 AND acct_pay >= 0 AND acct_mulaid_pay >= 0 AND psn_cash_pay >= 0)
);
CREATE INDEX settlement_settlement_person_idx ON settlement_settlement (person_id, setl_time DESC);
CREATE INDEX settlement_settlement_payer_idx ON settlement_settlement (mulaid_payer_person, setl_time DESC)
    WHERE mulaid_payer_person IS NOT NULL;
CREATE INDEX settlement_settlement_institution_idx ON settlement_settlement (institution_code, setl_time);
-- one live settlement per visit
CREATE UNIQUE INDEX settlement_settlement_live_idx ON settlement_settlement (mdtrt_id) WHERE status = 'SETTLED';

CREATE TABLE settlement_detail (
    setl_id          VARCHAR(30) NOT NULL REFERENCES settlement_settlement (setl_id),
    fund_pay_type    VARCHAR(10) NOT NULL,
    fund_payamt_fen  BIGINT NOT NULL CHECK (fund_payamt_fen >= 0),
    PRIMARY KEY (setl_id, fund_pay_type)
);

-- How each fee item was settled (the explanation of benefits shown to the citizen).
CREATE TABLE settlement_item_result (
    setl_id             VARCHAR(30) NOT NULL REFERENCES settlement_settlement (setl_id),
    feedetl_sn          VARCHAR(30) NOT NULL,
    med_list_codg       VARCHAR(30) NOT NULL,
    item_name           VARCHAR(100) NOT NULL,
    item_class          VARCHAR(2) NOT NULL,
    det_item_fee_sumamt BIGINT NOT NULL,
    fulamt_ownpay_amt   BIGINT NOT NULL,
    overlmt_amt         BIGINT NOT NULL,
    preselfpay_amt      BIGINT NOT NULL,
    inscp_scp_amt       BIGINT NOT NULL,
    PRIMARY KEY (setl_id, feedetl_sn)
);
