-- 退款: every refund Yibao owes a payer through a payment provider (a reversed 自费支付 order, a payment that arrived
-- after its order closed, a reversed resident premium), written in the transaction that decides it and sent after
-- the commit. refund_no (TK<order>) is the provider's refund number: every retry sends the same one, so a retry is
-- never a second refund. PENDING is retried from next_attempt_at on; FAILED waits for the agency's 重新退款.
create table settlement_cash_refund (
    refund_no       varchar(40) primary key,
    order_no        varchar(32) not null,
    channel         varchar(20) not null,
    amount_fen      bigint not null check (amount_fen > 0),
    subject         varchar(200) not null,
    expires_at      timestamp with time zone not null,
    state           varchar(10) not null check (state in ('PENDING', 'DONE', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamp with time zone not null,
    message         varchar(300),
    created_at      timestamp with time zone not null,
    done_at         timestamp with time zone
);
create index settlement_cash_refund_due on settlement_cash_refund (next_attempt_at) where state = 'PENDING';
create index settlement_cash_refund_open on settlement_cash_refund (created_at) where state <> 'DONE';
create unique index settlement_cash_refund_order on settlement_cash_refund (order_no);
