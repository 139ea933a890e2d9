-- 家庭共济 (issue 18): one resident in five of the generated province is bound to the personal account of an
-- employee or retiree of the same region (one authorizer for at most two relatives: spouse, child or parent by age),
-- bound on a day of 2024 or the first half of 2025; from then on the authorizer's account pays the personal part of
-- the relative's outpatient and 门诊慢特病 settlements, as 2207 pays it (a PAYMENT movement of the relative with the
-- authorizer's MUTUAL_AID legs, the settlement's acct_mulaid_pay and mulaid_payer_person, an ACCOUNT_PAID record).
-- Self-contained (needs none of the generator's bookkeeping), so that bench/province-mutual-aid.sh adds it to a
-- province generated before; run again, it finds nobody left to bind.
-- The authorizer's opening balance grows by what it pays for relatives, as the generator sizes every opening by what
-- the account pays, so that no balance falls below zero and every balance stays what it was; the balances after each
-- leg of those accounts follow again in time order. That rewrites generated history in place: the journal's
-- append-only trigger is set aside for this one transaction, and only here (Yibao itself never updates a leg).
begin;
-- (the generator numbers its movements itself and sets the sequences past them only in step 10: this step's
-- movements take their numbers from the sequence, so it is set past them first)
select setval(pg_get_serial_sequence('account_movement', 'id'), (select max(id) from account_movement));
create temp table ma_group on commit drop as
with bene as (
  select p.person_id, p.region_code, i.birth_date,
         row_number() over (partition by p.region_code order by p.person_id) - 1 as k
  from insured_period p join insured_person i on i.id = p.person_id
  where p.insutype = '390' and p.status = '1' and i.phone like '17%' and abs(hashint8(p.person_id)) % 5 = 0
    and not exists (select 1 from family_mutual_aid m where m.beneficiary_person = p.person_id)
), auth as (
  select a.person_id, a.region_code, i.birth_date,
         row_number() over (partition by a.region_code order by abs(hashint8(a.person_id * 7 + 3)), a.person_id) - 1 as k
  from account_personal a join insured_person i on i.id = a.person_id
  where i.phone like '17%'
    and exists (select 1 from insured_period p where p.person_id = a.person_id and p.insutype = '310' and p.status = '1')
    and not exists (select 1 from family_mutual_aid m where a.person_id in (m.beneficiary_person, m.authorizer_person))
)
select b.person_id as beneficiary, a.person_id as authorizer,
       case when b.birth_date > a.birth_date + interval '18 years' then 'CHILD'
            when b.birth_date < a.birth_date - interval '18 years' then 'PARENT' else 'SPOUSE' end as relationship,
       timestamptz '2024-01-01 10:00+08' + (abs(hashint8(b.person_id * 13)) % 540) * interval '1 day' as bound_at
from bene b join auth a on a.region_code = b.region_code and a.k = b.k / 2;
insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment, signature_png,
                               signature_sha256, created_by_account, bound_at)
select g.authorizer, g.beneficiary, g.relationship,
       '本人自愿以职工医保个人账户为上述近亲属支付在定点医药机构发生的个人负担费用，知晓共济资金只能用于其医疗保障。',
       decode('89504e470d0a1a0a', 'hex'), encode(sha256(decode('89504e470d0a1a0a', 'hex')), 'hex'),
       coalesce((select id from identity_account where person_id = g.authorizer), 0), g.bound_at
from ma_group g;
-- What the authorizers pay: the relative's personal part of each outpatient and 门诊慢特病 settlement after binding.
create temp table ma_paid on commit drop as
select s.setl_id, s.person_id as beneficiary, g.authorizer, s.setl_time, s.psn_part_amt as amount,
       a.region_code as account_region
from ma_group g
join settlement_settlement s on s.person_id = g.beneficiary and s.setl_time >= g.bound_at
join account_personal a on a.person_id = g.authorizer
where s.status = 'SETTLED' and s.med_type in ('11', '14') and s.acct_pay = 0 and s.acct_mulaid_pay = 0
  and s.psn_part_amt > 0;
create index on ma_paid (setl_id);
update settlement_settlement s set acct_mulaid_pay = x.amount, psn_cash_pay = 0, mulaid_payer_person = x.authorizer
from ma_paid x where s.setl_id = x.setl_id;
insert into account_movement (kind, reference, person_id, purpose, amount_fen, acct_pay_fen, mulaid_pay_fen,
                              cash_pay_fen, mulaid_person_id, balance_after_fen, created_at)
select 'PAYMENT', x.setl_id, x.beneficiary, 'MEDICAL', x.amount, 0, x.amount, 0, x.authorizer, 0, x.setl_time
from ma_paid x order by x.setl_time;
insert into account_journal (movement_id, person_id, ledger, amount_fen, balance_after_fen, reason, reference,
                             posted_at, region_code)
select m.id, x.authorizer, l.ledger, l.amount, l.after, 'MUTUAL_AID', x.setl_id, x.setl_time, x.account_region
from ma_paid x join account_movement m on m.reference = x.setl_id and m.kind = 'PAYMENT'
cross join lateral (values ('PERSONAL', -x.amount, 0::bigint), ('SETTLEMENT_CLEARING', x.amount, null)) l(ledger, amount, after)
order by x.setl_time;
insert into common_audit_record (occurred_at, actor, subject, action, channel, detail)
select x.setl_time, 'settlement', 'person:' || x.beneficiary, 'ACCOUNT_PAID', 'INSTITUTION',
       format('reference:%s acct:0 mulaid:%s cash:0', x.setl_id, x.amount)
from ma_paid x;
-- and the settlement's SETTLED record (step 8) says what 2207 says of such a payment: paid by 共济, nothing in cash
update common_audit_record r
set detail = split_part(r.detail, ' mutual aid ', 1) || ' mutual aid ' || (x.amount / 100.0)::numeric(14, 2)
             || ' cash 0.00'
from ma_paid x
where r.action = 'SETTLED' and r.occurred_at = x.setl_time and r.subject = 'person:' || x.beneficiary
  and r.detail like x.setl_id || ' %';
-- (the balance after of the new PERSONAL legs follows below, with the others of the account)
-- The authorizers' openings grow by what they pay; then every PERSONAL leg of theirs gets its balance after again.
create temp table ma_total on commit drop as
select authorizer, sum(amount) as total from ma_paid group by authorizer;
alter table ma_total add primary key (authorizer);
alter table account_journal disable trigger account_journal_append_only;
update account_movement m set amount_fen = m.amount_fen + t.total, balance_after_fen = m.balance_after_fen + t.total
from ma_total t where m.kind = 'OPENING' and m.person_id = t.authorizer;
update account_journal j set amount_fen = j.amount_fen + case j.ledger when 'PERSONAL' then t.total else -t.total end
from ma_total t, account_movement m
where m.kind = 'OPENING' and m.person_id = t.authorizer and j.movement_id = m.id;
update account_journal j set balance_after_fen = r.after
from (select j2.id, sum(j2.amount_fen) over (partition by j2.person_id order by j2.posted_at, j2.id) as after
      from account_journal j2 join ma_total t on t.authorizer = j2.person_id where j2.ledger = 'PERSONAL') r
where j.id = r.id and j.balance_after_fen is distinct from r.after;
alter table account_journal enable trigger account_journal_append_only;
-- The authorizers' own payments answer the balance after them as their legs now say.
update account_movement m set balance_after_fen = j.balance_after_fen
from account_journal j join ma_total t on t.authorizer = j.person_id
where j.movement_id = m.id and j.ledger = 'PERSONAL' and m.person_id = j.person_id and m.kind <> 'OPENING'
  and m.balance_after_fen is distinct from j.balance_after_fen;
update settlement_settlement s set balc = m.balance_after_fen
from account_movement m join ma_total t on t.authorizer = m.person_id
where m.kind = 'PAYMENT' and s.setl_id = m.reference and s.person_id = m.person_id and s.balc <> m.balance_after_fen;
analyze family_mutual_aid;
analyze account_movement;
commit;
