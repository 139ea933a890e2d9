-- Issue 14: a binding without the member's face verification (a child under 16 in 亲情账户, the 未办理身份证 route
-- of 亲情代办) waits in REVIEW until the child's region checked the 户口簿 / 出生医学证明 or a guardianship check
-- confirmed the binder. The typed name and number are kept as typed: until review nobody tells the binder whether
-- the number is insured or the name matches, so member_person stays empty when they do not.

alter table family_account_member drop constraint family_account_member_status_check;
alter table family_account_member add constraint family_account_member_status_check
    check (status in ('PENDING', 'REVIEW', 'ACTIVE', 'ENDED'));
alter table family_account_member alter column member_person drop not null;
alter table family_account_member
    add column member_name      varchar(30),
    add column member_id_number varchar(18),
    add column region_code      varchar(6),
    add column reviewed_by      varchar(60),
    add column reviewed_at      timestamptz,
    add column reject_reason    varchar(30),
    add column reject_text      varchar(300);

alter table family_proxy_member drop constraint family_proxy_member_status_check;
alter table family_proxy_member add constraint family_proxy_member_status_check
    check (status in ('PENDING', 'REVIEW', 'ACTIVE', 'ENDED'));
alter table family_proxy_member alter column member_person drop not null;
alter table family_proxy_member
    add column member_name      varchar(30),
    add column member_id_number varchar(18),
    add column region_code      varchar(6),
    add column reviewed_by      varchar(60),
    add column reviewed_at      timestamptz,
    add column reject_reason    varchar(30),
    add column reject_text      varchar(300);

create index family_account_member_review on family_account_member (region_code, id) where status = 'REVIEW';
create index family_proxy_member_review on family_proxy_member (region_code, id) where status = 'REVIEW';
create index family_account_member_person on family_account_member (member_person) where status = 'ACTIVE';
create index family_proxy_member_person on family_proxy_member (member_person) where status = 'ACTIVE';

-- the 户口簿 or 出生医学证明 of a 亲情代办 binding by the 未办理身份证 route
create table family_proxy_material (
    id            bigserial primary key,
    member_id     bigint       not null references family_proxy_member (id),
    kind          varchar(20)  not null check (kind in ('HOUSEHOLD_REGISTER')),
    file_name     varchar(120) not null,
    content_type  varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null
);
create index family_proxy_material_member on family_proxy_material (member_id);

-- 站内消息 about bindings: approved, rejected with the reason, a new binder of a child already bound
create table family_message (
    id           bigserial primary key,
    account_id   bigint       not null,
    kind         varchar(20)  not null,
    member_name  varchar(30)  not null,
    reason_code  varchar(30),
    reason_text  varchar(300),
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index family_message_account on family_message (account_id, id desc);

-- household register facts a guardianship check may answer from (filled by the demo only)
create table family_household (
    guardian_person bigint not null references insured_person (id),
    member_person   bigint not null references insured_person (id),
    primary key (guardian_person, member_person)
);
