-- A target's values to reach by year ("80% in 2024, 100% in 2025, … 2030"): several horizons per target.
create table plan_target_horizon (
    target_id  bigint not null references plan_target (id) on delete cascade,
    year       int not null check (year between 2000 and 2100),
    value      numeric(14, 2) not null,
    primary key (target_id, year)
);
