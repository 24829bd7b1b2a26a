-- A standing office decides which results are public: a published run is shown without login and in the open data,
-- the latest published run of each period; a later computation is not public until it is published in its turn.
alter table score_run add column published_at timestamptz;
alter table score_run add column published_by text;
