-- Scores of a reporting period, in versions: each computation is a run; the current run of a period is the one
-- readers see, switched in the same transaction that writes the new one (old set or new set, never a mix). A run is
-- never rewritten: a correction of the framework or of the values gives a new run and keeps the old.
create table score_run (
    id            bigserial primary key,
    period_id     bigint not null references reporting_period (id) on delete cascade,
    framework_id  bigint not null references framework (id),
    version       int not null,
    computed_at   timestamptz not null default now(),
    -- SHA-256 of what went in (the framework's criteria with their versions, the approved values): the same inputs
    -- are not computed into a second run.
    fingerprint   text not null,
    provisional   boolean not null,
    reason        text not null,
    is_current    boolean not null default false,
    unit_count    int not null,
    unique (period_id, version)
);
create unique index score_run_one_current on score_run (period_id) where is_current;

-- Waiting to be computed: periods whose approved values changed (a job drains it; two nodes do not compute one period
-- twice at once).
create table score_pending (
    period_id  bigint primary key references reporting_period (id) on delete cascade,
    since      timestamptz not null default now()
);

create table unit_score (
    run_id       bigint not null references score_run (id) on delete cascade,
    unit_id      bigint not null references admin_unit (id),
    unit_path    text not null,
    unit_name    text not null,
    peer_group   text,
    enough_data  boolean not null,
    flagged      text,
    view_code    text not null,
    view_name    text not null,
    overall      boolean not null,
    points       numeric not null,
    max_points   numeric not null,
    index_value  numeric,
    rank         int,
    peers        int not null,
    primary key (run_id, unit_id, view_code)
);
create index unit_score_by_path on unit_score (run_id, unit_path text_pattern_ops);

create table criterion_score (
    run_id        bigint not null references score_run (id) on delete cascade,
    unit_id       bigint not null,
    criterion_id  bigint not null,
    points        numeric not null,
    max_points    numeric not null,
    basis         text not null,
    primary key (run_id, unit_id, criterion_id)
);
