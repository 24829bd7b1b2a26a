-- Index frameworks (Bộ chỉ số): versions, the criteria tree with scoring rules, pillar views, crosswalks between
-- versions, and the assignment of criteria to agencies and units.

create table framework (
    id              bigserial primary key,
    name            text not null,
    description     text,
    decision_number text,
    decision_date   date,
    -- The unit that issued it (its standing office manages it); null for national and sample frameworks.
    issuer_unit_id  bigint references admin_unit (id),
    issuer_path     text,
    issuer_name     text,
    -- What it scores: any of PROVINCE, DISTRICT, COMMUNE, AGENCY (provincial departments and offices).
    subjects        text[] not null,
    year_from       int,
    year_to         int,
    status          text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    sample          boolean not null default false,
    demo            boolean not null default false,
    -- Versions of one index share a family; previous_id is the version it was cloned from.
    family_id       bigint,
    previous_id     bigint references framework (id),
    version_label   text,
    version         int not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    published_at    timestamptz
);
create index framework_issuer on framework (issuer_path text_pattern_ops);
create index framework_family on framework (family_id);

create table criterion (
    id                bigserial primary key,
    framework_id      bigint not null references framework (id) on delete cascade,
    parent_id         bigint references criterion (id) on delete cascade,
    code              text not null,
    name              text not null,
    description       text,
    position          int not null,
    value_type        text check (value_type in ('NUMBER', 'PERCENT', 'COUNT', 'YES_NO', 'CHOICE', 'DATE', 'TEXT', 'RATIO')),
    unit_of_measure   text,
    max_points        numeric(10, 2) not null default 0,
    scored            boolean not null default true,
    rule              jsonb,
    evidence_required boolean not null default false,
    evidence_kind     text,
    data_source       text,
    verifier          text,
    missing_policy    text not null default 'ZERO' check (missing_policy in ('ZERO', 'EXCLUDE', 'FLAG')),
    points_note       text,
    version           int not null default 0,
    unique (framework_id, code)
);
create index criterion_parent on criterion (parent_id);

-- A pillar or the overall index: a weighted combination of criteria (not a subtree).
create table framework_view (
    id            bigserial primary key,
    framework_id  bigint not null references framework (id) on delete cascade,
    code          text not null,
    name          text not null,
    overall       boolean not null default false,
    position      int not null,
    unique (framework_id, code)
);
create unique index framework_view_one_overall on framework_view (framework_id) where overall;

create table view_item (
    view_id       bigint not null references framework_view (id) on delete cascade,
    criterion_id  bigint not null references criterion (id) on delete cascade,
    weight        numeric(10, 4) not null default 1,
    primary key (view_id, criterion_id)
);

-- Which criterion of an older version corresponds to which of a newer one.
create table crosswalk (
    from_criterion_id  bigint not null references criterion (id),
    to_criterion_id    bigint not null references criterion (id),
    note               text,
    primary key (from_criterion_id, to_criterion_id)
);

create table assignment (
    id              bigserial primary key,
    framework_id    bigint not null references framework (id),
    criterion_id    bigint not null references criterion (id),
    -- The unit whose assignment this is (thị xã Nghi Sơn assigns the index to its offices).
    scope_unit_id   bigint not null references admin_unit (id),
    scope_path      text not null,
    agency_id       bigint references agency (id),
    unit_id         bigint references admin_unit (id),
    role            text not null check (role in ('LEAD', 'COORDINATE', 'PROVIDE_DATA', 'VERIFY')),
    note            text,
    created_at      timestamptz not null default now(),
    check ((agency_id is null) <> (unit_id is null))
);
create unique index assignment_unique on assignment
    (criterion_id, scope_unit_id, coalesce(agency_id, 0), coalesce(unit_id, 0), role);
-- One lead agency per criterion in a scope; units (communes) each lead their own figures.
create unique index assignment_one_lead on assignment (criterion_id, scope_unit_id) where role = 'LEAD' and agency_id is not null;
create index assignment_framework on assignment (framework_id, scope_unit_id);
create index assignment_agency on assignment (agency_id);
create index assignment_unit on assignment (unit_id);
