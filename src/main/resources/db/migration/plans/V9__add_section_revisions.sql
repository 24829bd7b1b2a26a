-- The earlier wordings of a section changed after its plan was issued: an amendment keeps what it replaced.
create table plan_section_revision (
    id          bigserial primary key,
    section_id  bigint not null references plan_section (id) on delete cascade,
    title       text not null,
    body        text not null,
    replaced_at timestamptz not null default now(),
    replaced_by text
);
create index plan_section_revision_section on plan_section_revision (section_id, id);
