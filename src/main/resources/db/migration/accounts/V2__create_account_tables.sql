-- Users with their role and seat (a unit or an agency), API tokens, login throttling and the audit log.

create table app_user (
    id             bigserial primary key,
    username       text not null,
    display_name   text not null,
    -- Folded in Java (no diacritics, đ -> d, lower case) so that the user filter ignores diacritics.
    search_text    text not null,
    email          text,
    role           text not null check (role in ('ADMIN', 'STANDING_OFFICE', 'REPORTER', 'APPROVER', 'VIEWER')),
    unit_id        bigint references admin_unit (id),
    agency_id      bigint references agency (id),
    -- The seat's unit path, copied from the units module when the seat is set (unit paths never change):
    -- scope filters compare against it without reading another module's tables.
    unit_path      text,
    password_hash  text not null,
    active         boolean not null default true,
    demo           boolean not null default false,
    version        int not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    password_changed_at timestamptz not null default now(),
    check (unit_id is not null or agency_id is not null or role = 'ADMIN')
);
create unique index app_user_username on app_user (lower(username));
create index app_user_unit_path on app_user (unit_path text_pattern_ops);

create table api_token (
    id            bigserial primary key,
    user_id       bigint not null references app_user (id),
    name          text not null,
    token_hash    text not null unique,
    prefix        text not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_token_user on api_token (user_id);

-- Failed logins per account and per address: a growing delay, then a temporary lock, never a permanent one.
create table login_throttle (
    key           text primary key,
    failures      int not null,
    last_failure  timestamptz not null,
    locked_until  timestamptz
);

create table audit_event (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor_id     bigint,
    actor        text,
    action       text not null,
    object_type  text,
    object_id    text,
    scope_path   text,
    remote_addr  text,
    before       jsonb,
    after        jsonb,
    detail       text
);
create index audit_event_at on audit_event (at desc);
create index audit_event_scope on audit_event (scope_path text_pattern_ops);

-- Append-only, whatever role the application connects with (on the embedded database it is a superuser,
-- which GRANT/REVOKE would not restrain): any UPDATE, DELETE or TRUNCATE of the log fails.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Spring Session's tables (sessions live in the database so that application nodes stay stateless).
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
