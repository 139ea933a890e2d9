-- What each settlement added to the year's basic fund (its entry under the setl_id) and the year's totals.
insert into settlement_accumulator_entry (reference, person_id, year, med_type, fund_type, deductible_fen,
                                          fund_paid_fen, applied_at)
select x.setl_id, x.person_id, extract(year from x.t at time zone 'Asia/Shanghai')::int, x.med_type,
       x.insutype || '100', 0, x.fund, x.t
from province.setl x;
insert into settlement_accumulator (person_id, year, med_type, fund_type, deductible_used_fen, fund_paid_fen)
select x.person_id, extract(year from x.t at time zone 'Asia/Shanghai')::int, x.med_type, x.insutype || '100', 0,
       sum(x.fund)
from province.setl x group by 1, 2, 3, 4;
