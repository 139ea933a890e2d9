-- The audit trail is append-only and the largest table of a province (a record per settlement and per account
-- payment): it is range-partitioned by the month of occurred_at (docs/adr/0008-partitioning.md), so that a month
-- can be archived or dropped whole and vacuum works on one month at a time. The primary key includes the month, as
-- a partitioned table's unique keys must; the number stays unique through its sequence. Rows of a month without its
-- partition go to the default partition; common_audit_partitions(from, months) makes the monthly partitions, and
-- Yibao calls it daily for the months ahead.
alter table common_audit_record rename to common_audit_record_v1;
alter index common_audit_record_pkey rename to common_audit_record_v1_pkey;
alter index common_audit_record_actor_idx rename to common_audit_record_v1_actor_idx;
alter index common_audit_record_subject_idx rename to common_audit_record_v1_subject_idx;

create sequence common_audit_record_id;
create table common_audit_record (
    id          bigint not null default nextval('common_audit_record_id'),
    occurred_at timestamp with time zone not null,
    actor       varchar(64) not null,
    subject     varchar(64),
    action      varchar(64) not null,
    channel     varchar(16) not null,
    detail      varchar(500),
    primary key (id, occurred_at)
) partition by range (occurred_at);
alter sequence common_audit_record_id owned by common_audit_record.id;
create table common_audit_record_default partition of common_audit_record default;

-- The monthly partitions from the month of {@code from} on (months of Beijing time), those missing only.
create function common_audit_partitions(from_day date, months int) returns int language plpgsql as $$
declare
    first date := date_trunc('month', from_day)::date;
    made int := 0;
    name text;
begin
    for m in 0 .. greatest(months, 0) - 1 loop
        name := 'common_audit_record_' || to_char(first + make_interval(months => m), 'YYYYMM');
        if to_regclass(name) is null then
            execute format('create table %I partition of common_audit_record for values from (%L) to (%L)', name,
                (first + make_interval(months => m))::timestamp at time zone 'Asia/Shanghai',
                (first + make_interval(months => m + 1))::timestamp at time zone 'Asia/Shanghai');
            made := made + 1;
        end if;
    end loop;
    return made;
end $$;

-- Partitions for every month the existing records cover and the three months ahead, then the records.
do $$
declare
    first date := coalesce((select min(occurred_at at time zone 'Asia/Shanghai') from common_audit_record_v1)::date,
                           (now() at time zone 'Asia/Shanghai')::date);
    this_month date := date_trunc('month', now() at time zone 'Asia/Shanghai')::date;
begin
    perform common_audit_partitions(first, ((extract(year from this_month) - extract(year from first)) * 12
        + extract(month from this_month) - extract(month from first))::int + 4);
end $$;
insert into common_audit_record (id, occurred_at, actor, subject, action, channel, detail)
select id, occurred_at, actor, subject, action, channel, detail from common_audit_record_v1;
select setval('common_audit_record_id', coalesce((select max(id) from common_audit_record_v1), 0) + 1, false);
drop table common_audit_record_v1;
create index common_audit_record_actor_idx on common_audit_record (actor, occurred_at desc);
create index common_audit_record_subject_idx on common_audit_record (subject, occurred_at desc);
