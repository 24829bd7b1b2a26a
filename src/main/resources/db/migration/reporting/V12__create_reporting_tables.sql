-- The reporting cycle: periods opened by a standing office over its scope for a published framework, one form per
-- unit or agency that reports, the values entered on each form, and the history of every change.

create table reporting_period (
    id            bigserial primary key,
    framework_id  bigint not null references framework (id),
    scope_unit_id bigint not null references admin_unit (id),
    scope_path    text not null,
    kind          text not null check (kind in ('QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR', 'AD_HOC')),
    title         text not null,
    covers_from   date not null,
    covers_to     date not null,
    -- Communes report first, then the units that consolidate them.
    due_commune   date not null,
    due_district  date not null,
    due_province  date not null,
    status        text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_by     text,
    opened_at     timestamptz not null default now(),
    closed_at     timestamptz,
    version       int not null default 0,
    check (covers_from <= covers_to)
);
create index reporting_period_scope on reporting_period (scope_path text_pattern_ops);

-- One form per reporting unit or agency: whose score the values count for (the subject) and who fills it in.
create table report_form (
    id               bigserial primary key,
    period_id        bigint not null references reporting_period (id) on delete cascade,
    subject_unit_id  bigint not null references admin_unit (id),
    subject_path     text not null,
    agency_id        bigint references agency (id),
    assignee_path    text not null,
    assignee_name    text not null,
    level            text not null check (level in ('COMMUNE', 'DISTRICT', 'PROVINCE')),
    status           text not null default 'DRAFT'
                     check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED')),
    due_on           date not null,
    extended_to      date,
    extension_reason text,
    submitted_at     timestamptz,
    submitted_by     text,
    approved_at      timestamptz,
    approved_by      text,
    review_note      text,
    version          int not null default 0
);
create index report_form_period on report_form (period_id, assignee_path text_pattern_ops);
create index report_form_agency on report_form (agency_id) where agency_id is not null;
create index report_form_assignee on report_form (assignee_path);

-- The criteria a form asks for, fixed when the period opens so that later reassignments do not move them.
create table form_item (
    form_id      bigint not null references report_form (id) on delete cascade,
    criterion_id bigint not null references criterion (id),
    role         text not null check (role in ('SUBJECT', 'LEAD', 'PROVIDE_DATA')),
    primary key (form_id, criterion_id)
);

-- A value as reported (and, where the reviewer changed it, as appraised), with its version for optimistic locking.
create table reported_value (
    id               bigserial primary key,
    form_id          bigint not null references report_form (id) on delete cascade,
    criterion_id     bigint not null references criterion (id),
    number_value     numeric(20, 6),
    denominator      numeric(20, 6),
    yes_value        boolean,
    choice_value     text,
    text_value       text,
    date_value       date,
    explanation      text,
    points           numeric(10, 4),
    reviewer_points  numeric(10, 4),
    reviewer_comment text,
    updated_by       text,
    updated_at       timestamptz not null default now(),
    version          int not null default 1,
    unique (form_id, criterion_id)
);

-- What happened to a form, shown on it as its history: every value change (old → new), status change and reason.
create table form_event (
    id           bigserial primary key,
    form_id      bigint not null references report_form (id) on delete cascade,
    at           timestamptz not null default now(),
    actor        text,
    action       text not null,
    criterion_id bigint,
    before_text  text,
    after_text   text,
    reason       text
);
create index form_event_form on form_event (form_id, id);

-- A submit carries an idempotency key: a double click or a retried request submits once.
create table form_submission (
    form_id  bigint not null references report_form (id) on delete cascade,
    key      text not null,
    at       timestamptz not null default now(),
    primary key (form_id, key)
);
