-- Groups of units a standing office compares with each other (its mountain communes, its coastal wards), beside the
-- grouping by kind of unit: a ranking can be read within any of them.
create table peer_group (
    id          bigserial primary key,
    owner_path  text not null,
    name        text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    unique (owner_path, name)
);

create table peer_group_member (
    group_id  bigint not null references peer_group (id) on delete cascade,
    unit_id   bigint not null references admin_unit (id),
    primary key (group_id, unit_id)
);
