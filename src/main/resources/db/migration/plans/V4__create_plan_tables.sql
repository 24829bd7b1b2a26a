-- Plans (kế hoạch) with their sections, targets and tasks, and the progress of each task.

create table plan (
    id              bigserial primary key,
    number          text,
    title           text not null,
    kind            text not null check (kind in ('YEARLY', 'ACTION', 'STEERING', 'INSPECTION', 'OTHER')),
    issuer_unit_id  bigint not null references admin_unit (id),
    issuer_path     text not null,
    issuer_name     text not null,
    signer          text,
    issued_on       date,
    year_from       int not null,
    year_to         int not null,
    status          text not null check (status in ('DRAFT', 'ISSUED', 'SUPERSEDED')),
    demo            boolean not null default false,
    version         int not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    issued_at       timestamptz
);
create index plan_issuer on plan (issuer_path text_pattern_ops);

-- The plans a plan implements ("Thực hiện Kế hoạch số 313/KH-UBND …"): its own unit's or higher units'.
create table plan_parent (
    plan_id    bigint not null references plan (id) on delete cascade,
    parent_id  bigint not null references plan (id),
    primary key (plan_id, parent_id)
);

create table plan_section (
    id        bigserial primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    kind      text not null check (kind in ('BASIS', 'PURPOSE', 'EVALUATION', 'OBJECTIVES', 'SOLUTIONS', 'FUNDING',
                                            'IMPLEMENTATION', 'REPORTING', 'RECIPIENTS', 'OTHER')),
    title     text not null,
    body      text not null,
    position  int not null,
    version   int not null default 0
);
create index plan_section_plan on plan_section (plan_id, position);

create table plan_target (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    position         int not null,
    statement        text not null,
    area             text,
    unit_of_measure  text,
    baseline         numeric(14, 2),
    goal             numeric(14, 2),
    goal_year        int,
    yes_no           boolean not null default false,
    latest_value     numeric(14, 2),
    lead_agency_id   bigint references agency (id),
    lead_unit_id     bigint references admin_unit (id),
    criterion_id     bigint references criterion (id),
    source_target_id bigint references plan_target (id),
    version          int not null default 0
);
create index plan_target_plan on plan_target (plan_id, position);

create table plan_task (
    id               bigserial primary key,
    plan_id          bigint not null references plan (id) on delete cascade,
    section_code     text,
    section_title    text,
    position         int not null,
    text             text not null,
    area             text,
    expected_result  text,
    deadline_text    text not null,
    deadline_kind    text not null,
    due_on           date,
    deadline_ref     text,
    lead_agency_id   bigint references agency (id),
    lead_unit_id     bigint references admin_unit (id),
    lead_path        text,
    coordinators     text,
    footnotes        text,
    source_task_id   bigint references plan_task (id),
    status           text not null default 'NOT_STARTED'
                     check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    percent          int check (percent between 0 and 100),
    last_update_on   date,
    version          int not null default 0
);
create index plan_task_plan on plan_task (plan_id, position);
create index plan_task_lead_agency on plan_task (lead_agency_id);
create index plan_task_lead_path on plan_task (lead_path text_pattern_ops);

-- Coordinating agencies or units of a task, when they are known agencies (free text stays in plan_task.coordinators).
create table plan_task_party (
    task_id    bigint not null references plan_task (id) on delete cascade,
    agency_id  bigint references agency (id),
    unit_id    bigint references admin_unit (id),
    check ((agency_id is null) <> (unit_id is null))
);
create unique index plan_task_party_unique on plan_task_party (task_id, coalesce(agency_id, 0), coalesce(unit_id, 0));

create table plan_task_update (
    id          bigserial primary key,
    task_id     bigint not null references plan_task (id) on delete cascade,
    at          timestamptz not null default now(),
    author_id   bigint,
    author      text,
    kind        text not null check (kind in ('PROGRESS', 'COMMENT')),
    status      text,
    percent     int,
    note        text
);
create index plan_task_update_task on plan_task_update (task_id, at);
