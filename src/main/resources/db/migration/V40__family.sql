-- Family bindings (issue 4): 亲情账户, 家庭共济 and 亲情代办, three independent kinds.
-- A binding is PENDING while the member's face verification is outstanding, ACTIVE once it binds, ENDED when
-- removed; ended rows stay as the history of who could act for whom.

create table family_account_member (
    id             bigserial primary key,
    owner_account  bigint      not null,
    member_person  bigint      not null references insured_person (id),
    relationship   varchar(20) not null,
    status         varchar(10) not null check (status in ('PENDING', 'ACTIVE', 'ENDED')),
    face_verified  boolean     not null default false,
    created_at     timestamptz not null,
    bound_at       timestamptz,
    ended_at       timestamptz
);
create unique index family_account_member_open on family_account_member (owner_account, member_person)
    where status <> 'ENDED';
create index family_account_member_owner on family_account_member (owner_account, status);

create table family_account_material (
    id            bigserial primary key,
    member_id     bigint       not null references family_account_member (id),
    kind          varchar(20)  not null check (kind in ('COMMITMENT', 'HOUSEHOLD_REGISTER')),
    file_name     varchar(120) not null,
    content_type  varchar(40)  not null,
    size_bytes    integer      not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null
);
create index family_account_material_member on family_account_material (member_id);

create table family_mutual_aid (
    id                  bigserial primary key,
    authorizer_person   bigint       not null references insured_person (id),
    beneficiary_person  bigint       not null references insured_person (id),
    relationship        varchar(20)  not null,
    commitment          text         not null,
    signature_png       bytea        not null,
    signature_sha256    char(64)     not null,
    created_by_account  bigint       not null,
    bound_at            timestamptz  not null,
    ended_at            timestamptz,
    check (authorizer_person <> beneficiary_person)
);
-- a person belongs to at most one authorizer's mutual-aid group
create unique index family_mutual_aid_one_group on family_mutual_aid (beneficiary_person) where ended_at is null;
create index family_mutual_aid_authorizer on family_mutual_aid (authorizer_person) where ended_at is null;

create table family_proxy_member (
    id             bigserial primary key,
    proxy_account  bigint      not null,
    member_person  bigint      not null references insured_person (id),
    relationship   varchar(20) not null,
    route          varchar(12) not null check (route in ('ID_CARD', 'NO_ID_CARD')),
    status         varchar(10) not null check (status in ('PENDING', 'ACTIVE', 'ENDED')),
    commitment_accepted boolean not null default false,
    created_at     timestamptz not null,
    bound_at       timestamptz,
    ended_at       timestamptz
);
create unique index family_proxy_member_open on family_proxy_member (proxy_account, member_person)
    where status <> 'ENDED';
create index family_proxy_member_proxy on family_proxy_member (proxy_account, status);
