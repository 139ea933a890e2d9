-- The demo's opening balances contain every month of its persons' contributions up to its start (marked
-- DEMO_OPENING, so no run credits them twice). The generated months 2025-12 … 2026-11 are credited by runs here:
-- their markers go, and so do the demo persons' contributions of those months, so that a run credits exactly the
-- generated employees (and never a demo account twice).
delete from account_crediting_run
where status = 'DEMO_OPENING' and period_year * 12 + period_month between 2025 * 12 + 12 and 2026 * 12 + 11;
delete from insured_contribution
where period_year * 12 + period_month between 2025 * 12 + 12 and 2026 * 12 + 11
  and person_id < (select person_base from million.param);
-- Twelve months of contributions per employee, 2025-12 to 2026-11, paid and not credited: employer 8 % and
-- person 2 % of the base, the person's part to the personal account (as bench/province/09b-contributions.sql).
insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
select s.id, r.code, '310', extract(year from m)::int, extract(month from m)::int, b.base,
       b.base * 8 / 100, b.base * 2 / 100, b.base * 2 / 100, 'EMPLOYER', 'PAID', (m + interval '1 month - 1 day')::date
from million.person s join million.region r on r.k = s.rk
cross join lateral (select 400000 + (abs(hashint8(s.id)) % 40) * 10000 as base) b
cross join generate_series(timestamp '2025-12-01', timestamp '2026-11-01', interval '1 month') m
order by m, s.id;
