-- Publishing a period's appraised results opens a window in which a unit may appeal any criterion; after it the
-- results are final.
alter table reporting_period add column published_at timestamptz;
alter table reporting_period add column appeal_until timestamptz;

create table appeal (
    id           bigserial primary key,
    form_id      bigint not null references report_form (id) on delete cascade,
    criterion_id bigint not null references criterion (id),
    reason       text not null,
    status       text not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    answer       text,
    created_by   text,
    created_at   timestamptz not null default now(),
    decided_by   text,
    decided_at   timestamptz,
    version      int not null default 0
);
create index appeal_form on appeal (form_id, id);
-- One open appeal per criterion of a form at a time.
create unique index appeal_open on appeal (form_id, criterion_id) where status = 'OPEN';
