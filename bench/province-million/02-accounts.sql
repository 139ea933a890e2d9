-- Each employee's personal account, opened on 2024-01-01 with an OPENING movement and its two journal legs
-- (PERSONAL and OPENING_BALANCE), so that every balance equals its PERSONAL journal before the crediting.
insert into account_personal (person_id, region_code, balance_fen, opened_at, updated_at)
select s.id, r.code, 50000 + (s.n % 200) * 1000, p.since, p.since
from million.person s join million.region r on r.k = s.rk, million.param p;
insert into account_movement (id, kind, reference, person_id, amount_fen, balance_after_fen, created_at)
overriding system value
select p.movement_base + s.n, 'OPENING', 'PROVINCE-OPENING-' || s.id, s.id, 50000 + (s.n % 200) * 1000,
       50000 + (s.n % 200) * 1000, p.since
from million.person s, million.param p order by s.n;
insert into account_journal (movement_id, person_id, ledger, amount_fen, balance_after_fen, reason, reference,
                             posted_at, region_code)
select p.movement_base + s.n, s.id, l.ledger, l.amount, l.after, 'OPENING_BALANCE', 'PROVINCE-OPENING-' || s.id,
       p.since, r.code
from million.person s join million.region r on r.k = s.rk, million.param p
cross join lateral (values ('PERSONAL', 50000 + (s.n % 200) * 1000, 50000 + (s.n % 200)::bigint * 1000),
                           ('OPENING_BALANCE', -(50000 + (s.n % 200) * 1000), null::bigint)) l(ledger, amount, after)
order by s.n;
