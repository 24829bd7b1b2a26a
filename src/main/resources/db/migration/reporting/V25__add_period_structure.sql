-- The structure of administrative units a period's forms are in: the one in force at the period's end. A current
-- province may open a period for a year before 1 July 2025 over the units it was formed from, so the structure is not
-- always that of the unit the period is over.
alter table reporting_period add column structure text;
update reporting_period set structure = case when scope_path like 'pre2025/%' then 'PRE2025' else 'CURRENT' end;
alter table reporting_period alter column structure set not null;
alter table reporting_period add constraint reporting_period_structure check (structure in ('PRE2025', 'CURRENT'));
