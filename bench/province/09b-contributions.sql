-- Employees' monthly contributions over the three years and the month after (2026-12, paid in advance, not yet
-- credited: the month the crediting measurement credits), employer 8 % and person 2 % of the base, the person's
-- part to the personal account. Generated employees are those of generated employers (unit number ……9xxxxx).
insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
select p.person_id, p.region_code, '310', extract(year from m)::int, extract(month from m)::int, b.base,
       b.base * 8 / 100, b.base * 2 / 100, b.base * 2 / 100, 'EMPLOYER', 'PAID', least((m + interval '1 month - 1 day')::date, date '2026-12-01')
from insured_period p
cross join lateral (select 400000 + (abs(hashint8(p.person_id)) % 40) * 10000 as base) b
cross join generate_series(timestamp '2024-01-01', timestamp '2026-12-01', interval '1 month') m
where p.insutype = '310' and p.psn_type = '1101' and substr(p.employer, 7, 1) = '9';
