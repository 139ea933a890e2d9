-- Sequences past the generated numbers, the bookkeeping dropped, statistics fresh.
select setval('settlement_id_seq', (select setl_base + settlements + 1000 from province.param));
do $$
declare t text;
begin
  foreach t in array array['insured_person', 'insured_period', 'identity_account', 'account_movement',
      'account_journal', 'common_audit_record', 'service_application', 'service_application_event',
      'insured_enrollment'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select max(id) from %I))', t, t);
  end loop;
end $$;
drop schema province cascade;
vacuum analyze;
