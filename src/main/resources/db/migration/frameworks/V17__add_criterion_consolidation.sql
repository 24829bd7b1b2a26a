-- How a criterion's values roll up the hierarchy (a province sees its communes' figures without entering them again):
-- SUM, AVERAGE, WEIGHTED_AVERAGE:<code of the weighing criterion>, COUNT_MEETING[:<threshold>]; null: none.
alter table criterion add column consolidation text;
