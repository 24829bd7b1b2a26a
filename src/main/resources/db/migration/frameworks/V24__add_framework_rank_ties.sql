-- When units tie in a ranking: equal indices at full precision (the default) or equal published indices (4 decimals),
-- as the framework's decision says.
alter table framework add column rank_ties text not null default 'UNROUNDED'
    check (rank_ties in ('UNROUNDED', 'DISPLAYED'));
