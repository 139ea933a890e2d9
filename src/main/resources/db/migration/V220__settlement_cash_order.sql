-- 自费支付 (医保与自费解耦): the person's cash part of a settlement becomes one order the citizen pays in the app.
-- One order per settlement; a paid order is refunded when the settlement is reversed; an unpaid one expires at the
-- institution's closing time or is cancelled by the reversal.
create table settlement_cash_order (
    order_no         varchar(32) primary key,
    setl_id          varchar(30) not null unique
                     references settlement_settlement (setl_id) deferrable initially deferred,
    person_id        bigint not null,
    institution_code varchar(12) not null,
    amount_fen       bigint not null check (amount_fen > 0),
    status           varchar(10) not null check (status in ('UNPAID', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null check (expires_at > created_at),
    request_key      varchar(64) unique,
    channel          varchar(20),
    channel_ref      varchar(64),
    paid_at          timestamp with time zone,
    closed_at        timestamp with time zone,
    check (status <> 'UNPAID' or (paid_at is null and closed_at is null)),
    check (status not in ('PAID', 'REFUNDED') or (paid_at is not null and request_key is not null
                                                  and channel is not null and channel_ref is not null)),
    check ((status in ('EXPIRED', 'CANCELLED', 'REFUNDED')) = (closed_at is not null))
);
create index settlement_cash_order_person on settlement_cash_order (person_id, created_at desc);
