-- The settlements in time order over three years: 85 % outpatient (11), 12 % 门诊慢特病 (14), 3 % inpatient (21),
-- each with a consultation line and a medicine line (乙类, a tenth of it 先行自付), the fund paying half, 60 % or
-- 80 % of what is within the policy; employees and retirees pay their part from the personal account, residents
-- in cash.
create unlogged table province.setl_base as
with j as (
  select j, abs(hashint8(j)) as h, 1 + (abs(hashint8(j * 31 + 7)) % p.persons) as n,
         p.since + (p.until - p.since) * ((j - 1)::float8 / p.settlements) as t
  from province.param p, generate_series(1, (select settlements from province.param)) j
), typed as (
  select j.*, case when h % 100 < 3 then '21' when h % 100 < 15 then '14' else '11' end as med_type
  from j
), amounts as (
  select t.*, case med_type when '21' then 300000 + (h / 100) % 2700000
                            when '14' then 10000 + (h / 100) % 50000 else 3000 + (h / 100) % 27000 end as medfee
  from typed t
)
select a.j, a.t, a.med_type, a.medfee, s.id as person_id, s.rk, s.category,
       case when s.category = 'RESIDENT' then '390' else '310' end as insutype,
       i.code as institution_code,
       case when a.med_type = '21' then '110200104' else '110200001' end as line1_code,
       1000::bigint as line1, a.medfee - 1000 as line2, (a.medfee - 1000) / 10 as preselfpay,
       case a.med_type when '21' then 80 when '14' then 60 else 50 end as ratio
from amounts a
join province.person s on s.n = a.n
join province.institution i on i.k = s.rk and i.n = a.h % i.of_region;
-- Opening balances: what the person's settlements take from the account plus a reserve, so that no balance ever
-- falls below zero; the balance after each payment follows in time order.
create unlogged table province.account as
select s.id as person_id, s.rk, coalesce(sum(case when s.category <> 'RESIDENT'
         then x.medfee - (x.medfee - x.preselfpay) * x.ratio / 100 end), 0)
       + 50000 + (abs(hashint8(s.n)) % 300000) as opening
from province.person s left join province.setl_base x on x.person_id = s.id
where s.category <> 'RESIDENT' group by s.id, s.rk, s.n;
alter table province.account add primary key (person_id);
create unlogged table province.setl as
with x as (
  select b.*, medfee - preselfpay as inscp, (medfee - preselfpay) * ratio / 100 as fund,
         medfee - (medfee - preselfpay) * ratio / 100 as psn,
         case when category = 'RESIDENT' then 0 else medfee - (medfee - preselfpay) * ratio / 100 end as acct,
         to_char(t at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad((p.setl_base + j)::text, 10, '0') as serial
  from province.setl_base b, province.param p
)
select x.*, 'S' || serial as setl_id, 'M' || serial as mdtrt_id,
       coalesce(a.opening - sum(x.acct) over (partition by x.person_id order by x.j), 0) as balc
from x left join province.account a on a.person_id = x.person_id
order by x.j;
drop table province.setl_base;
