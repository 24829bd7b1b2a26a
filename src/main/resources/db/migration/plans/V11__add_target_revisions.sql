-- What a target said before an amendment after its plan was issued, as one line ("95% hồ sơ …: 95% (2025)").
create table plan_target_revision (
    id          bigserial primary key,
    target_id   bigint not null references plan_target (id) on delete cascade,
    wording     text not null,
    replaced_at timestamptz not null default now(),
    replaced_by text
);
create index plan_target_revision_target on plan_target_revision (target_id, id);
