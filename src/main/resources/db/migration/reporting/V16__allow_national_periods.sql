-- A period over the whole country (opened by a national administrator) has no single unit: its scope is the
-- structure's root path ('current/').
alter table reporting_period alter column scope_unit_id drop not null;
