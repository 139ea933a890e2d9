-- Personal accounts: an OPENING movement on 2024-01-01, then a PAYMENT movement per settlement the account paid,
-- each with its two journal legs; the balance is the opening less the payments, as the journal says. Movement
-- numbers are given here (past the existing ones) so that the legs need no lookup.
create unlogged table province.ledger_base as
select (select coalesce(max(id), 0) + 1000 from account_movement) as movement_base;
insert into account_personal (person_id, region_code, balance_fen, opened_at, updated_at)
select a.person_id, r.code, a.opening - coalesce(paid.acct, 0), p.since, p.until
from province.account a join province.region r on r.k = a.rk
left join (select person_id, sum(acct) as acct from province.setl group by person_id) paid on paid.person_id = a.person_id,
province.param p;
insert into account_movement (id, kind, reference, person_id, amount_fen, balance_after_fen, created_at)
overriding system value
select b.movement_base + a.person_id - p.person_base, 'OPENING', 'PROVINCE-OPENING-' || a.person_id, a.person_id,
       a.opening, a.opening, p.since
from province.account a, province.param p, province.ledger_base b order by a.person_id;
insert into account_journal (movement_id, person_id, ledger, amount_fen, balance_after_fen, reason, reference,
                             posted_at, region_code)
select b.movement_base + a.person_id - p.person_base, a.person_id, l.ledger, l.amount, l.after, 'OPENING_BALANCE',
       'PROVINCE-OPENING-' || a.person_id, p.since, r.code
from province.account a join province.region r on r.k = a.rk, province.param p, province.ledger_base b
cross join lateral (values ('PERSONAL', a.opening, a.opening), ('OPENING_BALANCE', -a.opening, null::bigint))
  l(ledger, amount, after)
order by a.person_id;
insert into account_movement (id, kind, reference, person_id, purpose, amount_fen, acct_pay_fen, mulaid_pay_fen,
                              cash_pay_fen, balance_after_fen, created_at)
overriding system value
select b.movement_base + p.persons + x.j, 'PAYMENT', x.setl_id, x.person_id, 'MEDICAL', x.psn, x.acct, 0,
       x.psn - x.acct, x.balc, x.t
from province.setl x, province.param p, province.ledger_base b where x.acct > 0;
insert into account_journal (movement_id, person_id, ledger, amount_fen, balance_after_fen, reason, reference,
                             posted_at, region_code)
select b.movement_base + p.persons + x.j, x.person_id, l.ledger, l.amount, l.after, 'PAYMENT', x.setl_id, x.t, r.code
from province.setl x join province.region r on r.k = x.rk, province.param p, province.ledger_base b
cross join lateral (values ('PERSONAL', -x.acct, x.balc), ('SETTLEMENT_CLEARING', x.acct, null::bigint))
  l(ledger, amount, after)
where x.acct > 0;
