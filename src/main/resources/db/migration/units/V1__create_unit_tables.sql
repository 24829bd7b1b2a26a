-- Administrative units of Vietnam in both structures, their 2025 lineage, and the agencies under them.

create table structure_version (
    code        text primary key,
    name_vi     text not null,
    name_en     text not null,
    levels      int  not null,
    valid_from  date,
    valid_to    date
);

create table admin_unit (
    id            bigserial primary key,
    structure     text not null references structure_version (code),
    code          text not null,
    name          text not null,
    name_en       text,
    full_name     text not null,
    full_name_en  text,
    kind          text not null,
    kind_name     text not null,
    kind_name_en  text not null,
    level         text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_id     bigint references admin_unit (id),
    parent_code   text,
    -- Materialised path ("current/38/16645/"): a subtree is every path with this prefix.
    path          text not null,
    name_folded   text not null,
    search_text   text not null,
    unique (structure, code)
);
create index admin_unit_parent on admin_unit (parent_id);
create index admin_unit_path on admin_unit (path text_pattern_ops);
create index admin_unit_level on admin_unit (structure, level);

-- The 2025 reorganisation: old unit -> new unit. An old commune split between several new ones has one row
-- per target with merge_type 'partial'. Codes, not ids, because a few old communes of the mapping had already
-- disappeared before the pre-2025 snapshot (their names are kept so the link can still be shown).
create table unit_lineage (
    id             bigserial primary key,
    level          text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    old_structure  text not null references structure_version (code),
    old_code       text not null,
    old_name       text not null,
    new_structure  text not null references structure_version (code),
    new_code       text not null,
    new_name       text not null,
    merge_type     text not null check (merge_type in ('full', 'partial')),
    effective_on   date not null,
    unique (old_structure, old_code, new_structure, new_code)
);
create index unit_lineage_old on unit_lineage (old_structure, old_code);
create index unit_lineage_new on unit_lineage (new_structure, new_code);

create table agency (
    id          bigserial primary key,
    unit_id     bigint not null references admin_unit (id),
    name        text not null,
    -- Lower-cased in Java: the database's own lower() depends on its locale, and with "C" misses Vietnamese capitals.
    name_key    text not null,
    short_name  text,
    kind        text not null check (kind in ('DEPARTMENT', 'OFFICE', 'PUBLIC_SERVICE', 'ENTERPRISE', 'OTHER')),
    active      boolean not null default true,
    demo        boolean not null default false,
    version     int not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create unique index agency_unique_name on agency (unit_id, name_key);
create index agency_unit on agency (unit_id);
