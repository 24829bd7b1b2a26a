-- An issued plan replaced by a newer one: which plan replaced it, and when.
alter table plan add column superseded_by bigint references plan (id);
alter table plan add column superseded_at timestamptz;
