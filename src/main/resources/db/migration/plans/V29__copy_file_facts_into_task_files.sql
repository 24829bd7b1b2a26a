-- A task's attachment keeps its size and type, copied from the stored file when it is attached (stored files never
-- change), so plans reads only its own tables.
alter table plan_task_file add column size_bytes bigint, add column content_type text;
update plan_task_file f set size_bytes = s.size_bytes, content_type = s.content_type from stored_file s
 where s.id = f.file_id;
alter table plan_task_file alter column size_bytes set not null, alter column content_type set not null;
