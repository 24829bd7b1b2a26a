-- A history's events and the audit log are listed in the order they were written, and their times must say the same:
-- now() is when the writing transaction began, so an approval that began before a correction and waited for it read
-- as earlier than the correction it followed. clock_timestamp() is the moment the row is written.

alter table form_event alter column at set default clock_timestamp();
alter table audit_event alter column at set default clock_timestamp();
alter table reported_value alter column updated_at set default clock_timestamp();
