-- Bookkeeping of the generator (dropped at the end): its parameters and a GB 11643 check digit.
drop schema if exists province cascade;
create schema province;
create function province.id_number(body text) returns text language sql immutable as $$
  select body || substr('10X98765432', (sum(substr(body, i, 1)::int
           * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) % 11)::int + 1, 1)
  from generate_series(1, 17) i
$$;
create table province.param as
select :persons::bigint as persons, :settlements::bigint as settlements,
       (select coalesce(max(id), 0) + 1000 from insured_person) as person_base,
       (select last_value + 1000 from settlement_id_seq) as setl_base,
       (select password_hash from identity_account where phone = '13800000001') as password_hash,
       (select e.password_hash from voucher_evoucher e join insured_person p on p.id = e.person_id
         where p.id_number = '130203197503121017') as voucher_hash,
       timestamptz '2024-01-01 00:00+08' as since,
       timestamptz '2026-11-30 20:00+08' as until;
-- The five regions of the demo, with an area code for ID numbers that no demo person uses.
create table province.region (k int primary key, code text, area text, employer_prefix text);
insert into province.region values (0, '130200', '130205', '1302009'), (1, '130600', '130607', '1306009'),
  (2, '341100', '341104', '3411009'), (3, '360600', '360604', '3606009'), (4, '110000', '110109', '1100009');
-- Institutions per region, numbered for picking.
create table province.institution as
select r.k, row_number() over (partition by r.k order by i.code) - 1 as n, i.code,
       count(*) over (partition by r.k) as of_region
from catalog_institution i join province.region r on r.code = i.region_code;
