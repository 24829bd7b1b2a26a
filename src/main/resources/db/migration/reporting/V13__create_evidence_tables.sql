-- Evidence entered once: each unit (or agency) keeps a library of its documents (decisions, plans, minutes,
-- reports), and any value in any period cites them; a value may also carry its own files.
create table evidence_document (
    id          bigserial primary key,
    owner_path  text not null,
    agency_id   bigint references agency (id),
    kind        text not null check (kind in ('DECISION', 'PLAN', 'MINUTES', 'REPORT', 'OTHER')),
    number      text,
    issued_on   date,
    issuer      text,
    summary     text not null,
    file_id     bigint references stored_file (id),
    file_name   text,
    created_by  text,
    created_at  timestamptz not null default now()
);
create index evidence_document_owner on evidence_document (owner_path, agency_id);

create table value_citation (
    form_id      bigint not null references report_form (id) on delete cascade,
    criterion_id bigint not null references criterion (id),
    document_id  bigint not null references evidence_document (id),
    cited_by     text,
    cited_at     timestamptz not null default now(),
    primary key (form_id, criterion_id, document_id)
);
create index value_citation_document on value_citation (document_id);

create table value_file (
    id           bigserial primary key,
    form_id      bigint not null references report_form (id) on delete cascade,
    criterion_id bigint not null references criterion (id),
    file_id      bigint not null references stored_file (id),
    file_name    text not null,
    uploaded_by  text,
    uploaded_at  timestamptz not null default now()
);
create index value_file_form on value_file (form_id, criterion_id);
