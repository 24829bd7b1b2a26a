-- The framework version a period is scored under when it is not the period's own: a standing office that publishes a
-- correction of the framework (a new version: a published framework is frozen) has the period scored under it, the
-- approved values carried to the new version's criteria through the crosswalk. Every run records the version it used;
-- runs under the old version are kept.
create table score_framework (
    period_id     bigint primary key references reporting_period (id) on delete cascade,
    framework_id  bigint not null references framework (id),
    chosen_by     text not null,
    chosen_at     timestamptz not null default now()
);
