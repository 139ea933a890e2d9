-- The audit trail the settlements leave: SETTLED per settlement, ACCOUNT_PAID where the account paid; into the
-- monthly partitions of the audit trail (V291) when it has them, made first for the three years.
do $$
begin
  if to_regprocedure('common_audit_partitions(date, integer)') is not null then
    execute 'select common_audit_partitions(date ''2024-01-01'', 40)';
  end if;
end $$;
insert into common_audit_record (occurred_at, actor, subject, action, channel, detail)
select x.t, a.actor, 'person:' || x.person_id, a.action, 'INSTITUTION', a.detail
from province.setl x cross join lateral (
  select 'institution:' || x.institution_code, 'SETTLED',
         x.setl_id || ' total ' || (x.medfee / 100.0)::numeric(14, 2) || ' fund ' || (x.fund / 100.0)::numeric(14, 2)
         || ' account ' || (x.acct / 100.0)::numeric(14, 2) || ' mutual aid 0.00 cash '
         || ((x.psn - x.acct) / 100.0)::numeric(14, 2)
  union all
  select 'settlement', 'ACCOUNT_PAID', format('reference:%s acct:%s mulaid:0 cash:%s', x.setl_id, x.acct, x.psn - x.acct)
  where x.acct > 0) a(actor, action, detail);

