-- Task tables as offices type them: lettered sub-sections inside a Roman section, tasks with no stated deadline, a
-- lead cell naming several leads or a collective phrase, and agencies renamed or merged into another from a date.

alter table plan_task add column subsection_code text;
alter table plan_task add column subsection_title text;
-- A task whose deadline cell is empty has no stated deadline (deadline_kind NONE): never late.
alter table plan_task alter column deadline_text drop not null;
-- A lead cell such as "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện": the cell as written, the agencies it names and
-- the collective phrases it uses (plans.PartyPhrases.Group); each of them leads the task.
alter table plan_task add column lead_text text;
alter table plan_task add column lead_agencies bigint[] not null default '{}';
alter table plan_task add column lead_groups text[] not null default '{}';
create index plan_task_lead_agencies on plan_task using gin (lead_agencies);
create index plan_task_lead_groups on plan_task (plan_id) where cardinality(lead_groups) > 0;

-- Telecom operators are enterprises that "các doanh nghiệp viễn thông" designates; the post office is not one.
alter table agency drop constraint agency_kind_check;
alter table agency add constraint agency_kind_check
    check (kind in ('DEPARTMENT', 'OFFICE', 'PUBLIC_SERVICE', 'ENTERPRISE', 'TELECOM', 'OTHER'));
update agency set kind = 'TELECOM'
 where demo and kind = 'ENTERPRISE' and (name like 'Viettel%' or name like 'VNPT%' or name like 'MobiFone%');

-- Lineage of agencies, as units have: renamed or merged into a successor from a date. Never deleted.
alter table agency add column successor_id bigint references agency (id);
alter table agency add column succession text check (succession in ('RENAMED', 'MERGED'));
alter table agency add column succeeded_on date;
alter table agency add constraint agency_succession_complete
    check ((successor_id is null) = (succession is null) and (successor_id is null) = (succeeded_on is null));
alter table agency add constraint agency_succession_not_self check (successor_id <> id);
create index agency_successor on agency (successor_id) where successor_id is not null;
