-- insured: 特困 / 低保 / 低收入 as the agency recorded them, with their validity. Settlement reads the class in force on
-- the day of a visit to apply 医疗救助. Rows are only added: a correction ends the earlier row and adds a new one, so
-- the history says who decided what and when.
create table insured_assistance_status (
    id                bigint generated always as identity primary key,
    person_id         bigint       not null references insured_person (id),
    assistance_class  varchar(12)  not null check (assistance_class in ('EXTREME', 'SUBSISTENCE', 'LOW_INCOME')),
    valid_from        date         not null,
    valid_to          date         not null,
    set_by            varchar(40)  not null,
    set_at            timestamptz  not null,
    reason            varchar(200) not null,
    check (valid_to >= valid_from)
);
create index insured_assistance_status_person on insured_assistance_status (person_id, valid_from);
