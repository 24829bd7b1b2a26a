-- The targets of its own plan a task serves; deleting a draft's target drops the link, never the task.
create table plan_task_target (
    task_id   bigint not null references plan_task (id) on delete cascade,
    target_id bigint not null references plan_target (id) on delete cascade,
    primary key (task_id, target_id)
);
create index plan_task_target_target on plan_task_target (target_id);

-- The framework criteria a task serves (published ones only, so a linked criterion is never deleted under it).
create table plan_task_criterion (
    task_id      bigint not null references plan_task (id) on delete cascade,
    criterion_id bigint not null references criterion (id),
    primary key (task_id, criterion_id)
);
create index plan_task_criterion_criterion on plan_task_criterion (criterion_id);
