-- A run's criterion scores, one row per unit with its criteria in arrays (same positions in each), instead of one row
-- per unit and criterion: a nationwide run wrote 370,000 rows and their index (1.8 s of a 3 s computation); it now
-- writes 3,355. A scorecard reads one row; nothing queries a criterion across units in SQL. The arrays are stored
-- uncompressed (external): compressing them took 40% of the write, for 7 MB instead of 16 MB per nationwide run.
create table unit_criterion_score (
    run_id         bigint not null references score_run (id) on delete cascade,
    unit_id        bigint not null,
    criterion_ids  bigint[] not null,
    points         numeric[] not null,
    max_points     numeric[] not null,
    bases          text[] not null,
    primary key (run_id, unit_id)
);
alter table unit_criterion_score
    alter column criterion_ids set storage external,
    alter column points set storage external,
    alter column max_points set storage external,
    alter column bases set storage external;

insert into unit_criterion_score (run_id, unit_id, criterion_ids, points, max_points, bases)
select run_id, unit_id, array_agg(criterion_id order by criterion_id), array_agg(points order by criterion_id),
       array_agg(max_points order by criterion_id), array_agg(basis order by criterion_id)
from criterion_score
group by run_id, unit_id;

drop table criterion_score;
