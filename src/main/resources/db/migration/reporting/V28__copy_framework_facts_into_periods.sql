-- A period keeps what it shows of its framework, copied when it opens (a published framework no longer changes):
-- the framework's name and each criterion's code. Reporting then reads only its own tables; this script is the last
-- time it reads the framework module's.
alter table reporting_period add column framework_name text;
update reporting_period p set framework_name = f.name from framework f where f.id = p.framework_id;
alter table reporting_period alter column framework_name set not null;

create table period_criterion (
    period_id    bigint not null references reporting_period (id) on delete cascade,
    criterion_id bigint not null,
    code         text not null,
    primary key (period_id, criterion_id)
);
insert into period_criterion (period_id, criterion_id, code)
select p.id, c.id, c.code from reporting_period p join criterion c on c.framework_id = p.framework_id;
