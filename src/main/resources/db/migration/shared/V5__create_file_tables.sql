-- Files users upload (evidence, attachments): stored once per content (by SHA-256) under generated names.

create table stored_file (
    id            bigserial primary key,
    sha256        text not null unique,
    size_bytes    bigint not null,
    content_type  text not null,
    extension     text not null,
    storage_key   text not null,
    created_at    timestamptz not null default now()
);

-- Files attached to a plan's task (evidence of progress), each with the name it was uploaded under, made safe.
create table plan_task_file (
    id           bigserial primary key,
    task_id      bigint not null references plan_task (id) on delete cascade,
    file_id      bigint not null references stored_file (id),
    file_name    text not null,
    uploaded_by  text,
    uploaded_at  timestamptz not null default now()
);
create index plan_task_file_task on plan_task_file (task_id);
