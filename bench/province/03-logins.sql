-- Every person has an account verified by e-voucher and an active e-voucher, with the demo's passwords.
insert into identity_account (phone, password_hash, person_id, real_name_method, real_name_at, created_at,
                              password_changed_at)
select '17' || lpad(s.n::text, 9, '0'), p.password_hash, s.id, 'EVOUCHER', p.since, p.since, p.since
from province.person s, province.param p order by s.n;
insert into voucher_evoucher (person_id, status, password_hash, activated_at)
select s.id, 'ACTIVE', p.voucher_hash, p.since from province.person s, province.param p;
