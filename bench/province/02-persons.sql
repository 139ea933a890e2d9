-- Persons: 出生日期 spread over 1940-2019 (ID numbers unique: day index and sequence from n), by age a retiree
-- (60 and over), an employee (18-59, three in five) or a resident.
create unlogged table province.person as
select n, p.person_base + n as id, n % 5 as rk,
       date '1940-01-01' + ((n * 7919) % 29000)::int as birth_date,
       500 + (n / 29000) as seq
from province.param p, generate_series(1, (select persons from province.param)) n;
alter table province.person add column category text, add column gender char(1), add column id_number text;
update province.person set
  gender = case when seq % 2 = 1 then '1' else '2' end,
  category = case when birth_date < date '1966-12-01' then 'RETIRED'
                  when birth_date > date '2008-12-01' or n % 5 in (1, 3) then 'RESIDENT' else 'EMPLOYED' end;
update province.person s set id_number = province.id_number(r.area || to_char(s.birth_date, 'YYYYMMDD')
  || lpad(s.seq::text, 3, '0')) from province.region r where r.k = s.rk;
alter table province.person add primary key (n);
insert into insured_person (id, id_number, name, gender, birth_date, phone, created_at) overriding system value
select s.id, s.id_number,
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭'])[1 + n % 16]
         || (array['建','秀','伟','静','明','丽','强','敏','军','婷','国','芳','志','霞','海','燕'])[1 + (n / 16) % 16]
         || (array['华','英','平','红','林','玲','东','娟','波','兰','峰','梅','涛','琴','勇','云'])[1 + (n / 256) % 16],
       s.gender, s.birth_date, '17' || lpad(n::text, 9, '0'), p.since
from province.person s, province.param p;
insert into insured_employer (unit_number, name, region_code)
select r.employer_prefix || lpad(e::text, 5, '0'), '省级样本单位' || r.code || '-' || e, r.code
from province.region r, generate_series(0, greatest(1, (select persons from province.param) / 5000)) e;
insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, employer)
select s.id, r.code, case when s.category = 'RESIDENT' then '390' else '310' end,
       case s.category when 'EMPLOYED' then '1101' when 'RETIRED' then '1201'
                       else case when s.birth_date > date '2008-12-01' then '1502' else '1501' end end,
       '1', case when s.category = 'RESIDENT' then least(greatest(s.birth_date, date '2010-01-01'), date '2023-01-01')
            else least(greatest(s.birth_date + 18 * 365, date '1990-01-01'), date '2023-01-01') end,
       case when s.category = 'EMPLOYED'
            then r.employer_prefix || lpad((s.n % greatest(2, (select persons from province.param) / 5000))::text, 5, '0') end
from province.person s join province.region r on r.k = s.rk;
