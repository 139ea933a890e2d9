-- 银行批量代发: in batch mode (yibao.bank.mode=batch) a clerk's 拨付 queues the order as 已提交银行 (QUEUED) instead
-- of calling a bank; 生成代发文件 freezes the region's queued orders into a numbered batch (SENDING, 待回盘 in the
-- batch) and the bank's result file (回盘) marks each PAID or refused.
-- service_payment_order: newest list in V200 (PENDING, SENDING, PAID, CANCELLED), plus QUEUED.
ALTER TABLE service_payment_order DROP CONSTRAINT IF EXISTS service_payment_order_status_check;
ALTER TABLE service_payment_order ADD CONSTRAINT service_payment_order_status_check
    CHECK (status IN ('PENDING', 'SENDING', 'PAID', 'CANCELLED', 'QUEUED'));

-- account_refund_order: newest list in V163 (PENDING, PAID, FAILED), plus QUEUED and SENDING; the region whose
-- agency pays (the account's region when the refund was ordered) picks the batch.
ALTER TABLE account_refund_order DROP CONSTRAINT IF EXISTS account_refund_order_status_check;
ALTER TABLE account_refund_order ADD CONSTRAINT account_refund_order_status_check
    CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'QUEUED', 'SENDING'));
ALTER TABLE account_refund_order ADD COLUMN region_code VARCHAR(6);
UPDATE account_refund_order o SET region_code = p.region_code FROM account_personal p WHERE p.person_id = o.person_id;
CREATE INDEX account_refund_order_queued_idx ON account_refund_order (region_code, created_at) WHERE status = 'QUEUED';

CREATE TABLE common_bank_batch (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_no     VARCHAR(24) NOT NULL UNIQUE,
    region_code  VARCHAR(6) NOT NULL,
    status       VARCHAR(10) NOT NULL CHECK (status IN ('GENERATED', 'IMPORTED')),
    order_count  INT NOT NULL CHECK (order_count > 0),
    total_fen    BIGINT NOT NULL CHECK (total_fen >= 0),
    created_by   VARCHAR(32) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by  VARCHAR(32),
    imported_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX common_bank_batch_region_idx ON common_bank_batch (region_code, id);

CREATE TABLE common_bank_batch_line (
    batch_id        BIGINT NOT NULL REFERENCES common_bank_batch (id),
    line_no         INT NOT NULL CHECK (line_no > 0),
    kind            VARCHAR(10) NOT NULL,
    reference       VARCHAR(64) NOT NULL,
    account_number  VARCHAR(30) NOT NULL,
    account_name    VARCHAR(60) NOT NULL,
    bank_name       VARCHAR(60) NOT NULL,
    amount_fen      BIGINT NOT NULL CHECK (amount_fen >= 0),
    purpose         VARCHAR(20) NOT NULL,
    status          VARCHAR(8) NOT NULL CHECK (status IN ('WAITING', 'PAID', 'REFUSED')),
    bank_reference  VARCHAR(40),
    reason          VARCHAR(200),
    PRIMARY KEY (batch_id, line_no)
);
-- an order is in at most one batch still waiting for its result
CREATE UNIQUE INDEX common_bank_batch_line_open_idx ON common_bank_batch_line (reference) WHERE status = 'WAITING';
CREATE INDEX common_bank_batch_line_reference_idx ON common_bank_batch_line (reference);
