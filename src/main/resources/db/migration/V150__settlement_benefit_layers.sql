-- settlement: the second and third layers of one settlement (一站式结算). 大病保险 (residents, 390200), 职工大额医疗费用
-- 补助 (employees, 330100) and 医疗救助 (610100, per assistance class) as policy data per region, year and insurance
-- type: a yearly threshold on the compliant personal part, three bands above it with their ratios, a yearly cap.
-- One current row per key; every value it ever had, with who, when and why, in the append-only version table.
create table settlement_layer_parameter (
    id                bigserial    primary key,
    region_code       varchar(6)   not null,
    year              integer      not null check (year between 2000 and 2100),
    insutype          varchar(3)   not null,
    fund_type         varchar(6)   not null check (fund_type in ('390200', '330100', '610100')),
    assistance_class  varchar(12)  not null default ''
                      check (assistance_class in ('', 'EXTREME', 'SUBSISTENCE', 'LOW_INCOME')),
    threshold_fen     bigint       not null check (threshold_fen >= 0),
    band1_upto_fen    bigint       not null check (band1_upto_fen >= 0),
    band1_ratio       numeric(5,4) not null check (band1_ratio between 0 and 1),
    band2_upto_fen    bigint       not null,
    band2_ratio       numeric(5,4) not null check (band2_ratio between 0 and 1),
    top_ratio         numeric(5,4) not null check (top_ratio between 0 and 1),
    yearly_cap_fen    bigint       not null check (yearly_cap_fen >= 0),
    version           integer      not null,
    check (band2_upto_fen >= band1_upto_fen),
    check ((fund_type = '610100') = (assistance_class <> '')),
    unique (region_code, year, insutype, fund_type, assistance_class)
);

create table settlement_layer_parameter_version (
    id              bigserial    primary key,
    parameter_id    bigint       not null references settlement_layer_parameter (id),
    version         integer      not null,
    threshold_fen   bigint       not null,
    band1_upto_fen  bigint       not null,
    band1_ratio     numeric(5,4) not null,
    band2_upto_fen  bigint       not null,
    band2_ratio     numeric(5,4) not null,
    top_ratio       numeric(5,4) not null,
    yearly_cap_fen  bigint       not null,
    changed_by      varchar(40)  not null,
    changed_at      timestamptz  not null,
    reason          varchar(200) not null,
    unique (parameter_id, version)
);

-- What the layers paid, as setlinfo answers them; nullable without a default (rows stored before answer 0.00).
alter table settlement_settlement add column hifmi_pay bigint, add column hifob_pay bigint, add column maf_pay bigint;

-- Each person's yearly figures per layer, apart from the basic fund's accumulators: what was counted toward the
-- layer's threshold and bands (the compliant personal part, for 医疗救助 what the layers before left) and what the
-- layer paid. Entries are keyed by their reference (the settlement and the fund), so that a reversal takes back
-- exactly what was added, once.
create table settlement_layer_accumulator (
    person_id    bigint     not null references insured_person (id),
    year         integer    not null,
    fund_type    varchar(6) not null,
    counted_fen  bigint     not null check (counted_fen >= 0),
    paid_fen     bigint     not null check (paid_fen >= 0),
    primary key (person_id, year, fund_type)
);

create table settlement_layer_accumulator_entry (
    reference    varchar(64) primary key,
    person_id    bigint      not null,
    year         integer     not null,
    fund_type    varchar(6)  not null,
    counted_fen  bigint      not null check (counted_fen >= 0),
    paid_fen     bigint      not null check (paid_fen >= 0),
    applied_at   timestamptz not null,
    reversed_at  timestamptz
);
