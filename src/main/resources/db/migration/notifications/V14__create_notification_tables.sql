-- Notifications: shown in the application and, through an outbox, sent by e-mail. A key per user and purpose makes
-- each one happen once, however often (or on however many nodes) the reminder job runs.
create table notification (
    id              bigserial primary key,
    user_id         bigint not null references app_user (id) on delete cascade,
    kind            text not null,
    subject         text not null,
    body            text not null,
    link            text,
    dedupe_key      text not null,
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    email_to        text,
    email_status    text not null default 'NONE' check (email_status in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz,
    unique (user_id, dedupe_key)
);
create index notification_user on notification (user_id, id desc);
create index notification_outbox on notification (next_attempt_at) where email_status = 'PENDING';

-- How each user wants to be told: in the application always, by e-mail unless they turn it off.
create table notification_preference (
    user_id  bigint primary key references app_user (id) on delete cascade,
    email    boolean not null default true
);
