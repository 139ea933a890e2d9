-- Policy parameters and yearly accumulators (issue 5). One current row per key in settlement_policy_parameter;
-- every value it ever had, with who, when and why, in the append-only settlement_policy_parameter_version.

create table settlement_policy_parameter (
    id                     bigserial primary key,
    region_code            varchar(6)   not null,
    year                   integer      not null check (year between 2000 and 2100),
    insutype               varchar(3)   not null,
    category               varchar(10)  not null check (category in ('EMPLOYED', 'RETIRED', 'RESIDENT')),
    med_type               varchar(4)   not null,
    level                  smallint     not null check (level between 0 and 3),
    fund_type              varchar(6),
    deductible_fen         bigint       not null check (deductible_fen >= 0),
    deductible_per_stay    boolean      not null,
    ratio                  numeric(5,4) not null check (ratio between 0 and 1),
    bonus_per_five_years   numeric(5,4) not null check (bonus_per_five_years between 0 and 1),
    bonus_max              numeric(5,4) not null check (bonus_max between 0 and 1),
    yearly_cap_fen         bigint       not null check (yearly_cap_fen >= 0),
    multi_disease_cap_fen  bigint       check (multi_disease_cap_fen >= 0),
    version                integer      not null,
    unique (region_code, year, insutype, category, med_type, level)
);

create table settlement_policy_parameter_version (
    id                     bigserial primary key,
    parameter_id           bigint       not null references settlement_policy_parameter (id),
    version                integer      not null,
    deductible_fen         bigint       not null,
    ratio                  numeric(5,4) not null,
    bonus_per_five_years   numeric(5,4) not null,
    bonus_max              numeric(5,4) not null,
    yearly_cap_fen         bigint       not null,
    multi_disease_cap_fen  bigint,
    changed_by             varchar(40)  not null,
    changed_at             timestamptz  not null,
    reason                 varchar(200) not null,
    unique (parameter_id, version)
);

create table settlement_accumulator (
    person_id            bigint     not null references insured_person (id),
    year                 integer    not null,
    med_type             varchar(4) not null,
    fund_type            varchar(6) not null,
    deductible_used_fen  bigint     not null check (deductible_used_fen >= 0),
    fund_paid_fen        bigint     not null check (fund_paid_fen >= 0),
    primary key (person_id, year, med_type, fund_type)
);

-- One row per settlement that moved the accumulators; the reference (the settlement) makes apply idempotent and
-- lets a reversal take back exactly what was added.
create table settlement_accumulator_entry (
    id              bigserial   primary key,
    reference       varchar(64) not null unique,
    person_id       bigint      not null,
    year            integer     not null,
    med_type        varchar(4)  not null,
    fund_type       varchar(6)  not null,
    deductible_fen  bigint      not null check (deductible_fen >= 0),
    fund_paid_fen   bigint      not null check (fund_paid_fen >= 0),
    applied_at      timestamptz not null,
    reversed_at     timestamptz
);
create index settlement_accumulator_entry_person on settlement_accumulator_entry (person_id, year);
