-- A million employees (issue 18, monthly crediting at a province's size): every generated person is an employee
-- (310, 1101) of one of the generated employers, born 1967-2008, with a valid GB 11643 ID number. Parameters:
-- :employees. The bookkeeping schema `million` is dropped by the last step.
drop schema if exists million cascade;
create schema million;
create function million.id_number(body text) returns text language sql immutable as $$
  select body || substr('10X98765432', (sum(substr(body, i, 1)::int
           * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) % 11)::int + 1, 1)
  from generate_series(1, 17) i
$$;
create table million.param as
select :employees::bigint as employees, (select coalesce(max(id), 0) + 1000 from insured_person) as person_base,
       (select coalesce(max(id), 0) + 1000 from account_movement) as movement_base,
       timestamptz '2024-01-01 00:00+08' as since;
-- The five regions of the demo, with an area code for ID numbers that no demo person uses.
create table million.region (k int primary key, code text, area text, employer_prefix text);
insert into million.region values (0, '130200', '130205', '1302009'), (1, '130600', '130607', '1306009'),
  (2, '341100', '341104', '3411009'), (3, '360600', '360604', '3606009'), (4, '110000', '110109', '1100009');
-- Birth day index n·7919 mod 15 000 (7919 prime to 15 000) with sequence 500 + n / 15 000: unique ID numbers.
create unlogged table million.person as
select n, p.person_base + n as id, n % 5 as rk, date '1967-01-01' + ((n * 7919) % 15000)::int as birth_date,
       500 + (n / 15000) as seq
from million.param p, generate_series(1, (select employees from million.param)) n;
alter table million.person add column id_number text;
update million.person s set id_number = million.id_number(r.area || to_char(s.birth_date, 'YYYYMMDD')
  || lpad(s.seq::text, 3, '0')) from million.region r where r.k = s.rk;
alter table million.person add primary key (n);
insert into insured_person (id, id_number, name, gender, birth_date, phone, created_at) overriding system value
select s.id, s.id_number,
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭'])[1 + n % 16]
         || (array['建','秀','伟','静','明','丽','强','敏','军','婷','国','芳','志','霞','海','燕'])[1 + (n / 16) % 16]
         || (array['华','英','平','红','林','玲','东','娟','波','兰','峰','梅','涛','琴','勇','云'])[1 + (n / 256) % 16],
       case when s.seq % 2 = 1 then '1' else '2' end, s.birth_date, '17' || lpad(n::text, 9, '0'), p.since
from million.person s, million.param p;
insert into insured_employer (unit_number, name, region_code)
select r.employer_prefix || lpad(e::text, 5, '0'), '省级样本单位' || r.code || '-' || e, r.code
from million.region r, generate_series(0, greatest(1, (select employees from million.param) / 1000)) e;
insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, employer)
select s.id, r.code, '310', '1101', '1', least(greatest(s.birth_date + 18 * 365, date '1990-01-01'), date '2023-01-01'),
       r.employer_prefix || lpad((s.n % greatest(2, (select employees from million.param) / 1000))::text, 5, '0')
from million.person s join million.region r on r.k = s.rk;
