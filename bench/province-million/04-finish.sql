-- Sequences past the generated numbers, the bookkeeping dropped, statistics fresh.
do $$
declare t text;
begin
  foreach t in array array['insured_person', 'insured_period', 'account_movement', 'account_journal'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select max(id) from %I))', t, t);
  end loop;
end $$;
drop schema million cascade;
vacuum analyze;
