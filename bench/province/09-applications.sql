-- Applications of every type and state (a tenth as many as persons), filed by the person's own account, each with
-- its events; and resident enrollments (a hundredth), most approved.
create unlogged table province.application as
select k, s.id as person_id, s.id_number, s.rk, acc.id as account_id, ip.name,
       (array['CHRONIC_DISEASE','REMOTE_CARE','TRANSFER','REIMBURSEMENT','MATERNITY_ALLOWANCE'])[1 + k % 5] as type,
       case when k % 20 = 0 then 'DRAFT' when k % 20 in (1, 2, 3, 4) then 'SUBMITTED'
            when k % 20 in (5, 6) then 'IN_REVIEW' when k % 20 in (7, 8) then 'REJECTED'
            when k % 20 = 9 then 'CANCELLED' else 'APPROVED' end as status,
       p.since + (p.until - p.since) * ((k - 1)::float8 / (p.persons / 10)) as submitted
from province.param p, generate_series(1, greatest(1, (select persons from province.param) / 10)) k
join province.person s on s.n = 1 + (k * 7919) % (select persons from province.param)
join identity_account acc on acc.person_id = s.id
join insured_person ip on ip.id = s.id;
insert into service_application (type, variant, applicant_account, person_id, person_name, person_id_number, route,
    region_code, status, summary, form, claimed_by, claimed_at, decided_by, decided_at, reason_code, reason,
    created_at, submitted_at, updated_at, channel)
select a.type, '', a.account_id, a.person_id, a.name, a.id_number, 'SELF', r.code, a.status,
       case a.type when 'CHRONIC_DISEASE' then '慢性病申报 糖尿病' when 'REMOTE_CARE' then '跨省异地就医备案'
                   when 'TRANSFER' then '省内关系转移接续' when 'REIMBURSEMENT' then '零星报销'
                   else '生育津贴' end,
       '{}'::jsonb,
       case when a.status in ('IN_REVIEW', 'APPROVED', 'REJECTED') then 'clerk' || r.code end,
       case when a.status in ('IN_REVIEW', 'APPROVED', 'REJECTED') then a.submitted + interval '1 day' end,
       case when a.status in ('APPROVED', 'REJECTED') then 'clerk' || r.code end,
       case when a.status in ('APPROVED', 'REJECTED') then a.submitted + interval '2 days' end,
       case when a.status = 'REJECTED' then 'MATERIALS' end,
       case when a.status = 'REJECTED' then '材料不全，请补充后重新申报' end,
       a.submitted, case when a.status <> 'DRAFT' then a.submitted end,
       a.submitted + case when a.status in ('APPROVED', 'REJECTED') then interval '2 days' else interval '0' end,
       'WEB'
from province.application a join province.region r on r.k = a.rk order by a.k;
insert into service_application_event (application_id, from_status, to_status, actor, channel, at)
select sa.id, e.from_status, e.to_status, e.actor, e.channel, e.at
from service_application sa cross join lateral (
  select null::text, 'SUBMITTED', 'account:' || sa.applicant_account, 'WEB', sa.submitted_at
  where sa.submitted_at is not null
  union all
  select 'SUBMITTED', 'IN_REVIEW', sa.claimed_by, 'STAFF', sa.claimed_at where sa.claimed_at is not null
  union all
  select 'IN_REVIEW', sa.status, sa.decided_by, 'STAFF', sa.decided_at where sa.decided_at is not null
  union all
  select 'SUBMITTED', 'CANCELLED', 'account:' || sa.applicant_account, 'WEB', sa.updated_at
  where sa.status = 'CANCELLED') e(from_status, to_status, actor, channel, at)
where sa.person_id_number in (select id_number from province.person) and sa.id > 0;
insert into insured_enrollment (applicant_account, region_code, id_number, name, phone, category, for_self, status,
    reject_reason, created_at, submitted_at, decided_at, decided_by, person_id)
select acc.id, r.code, s.id_number, ip.name, ip.phone, 'ADULT', true,
       case when e % 10 = 0 then 'SUBMITTED' when e % 10 = 1 then 'REJECTED' else 'APPROVED' end,
       case when e % 10 = 1 then '照片不清晰' end,
       ts, ts, case when e % 10 <> 0 then ts + interval '1 day' end,
       case when e % 10 <> 0 then 'clerk' || r.code end,
       case when e % 10 > 1 then s.id end
from province.param p, generate_series(1, greatest(1, (select persons from province.param) / 100)) e
cross join lateral (select p.since + (p.until - p.since) * ((e - 1)::float8 / greatest(1, p.persons / 100)) as ts) t
join province.person s on s.n = 1 + (e * 104729) % (select persons from province.param) and s.category = 'RESIDENT'
join identity_account acc on acc.person_id = s.id
join insured_person ip on ip.id = s.id
join province.region r on r.k = s.rk;
