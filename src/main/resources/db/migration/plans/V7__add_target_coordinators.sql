-- Coordinating agencies of a target (phối hợp), as the plans write them; the lead stays a linked agency.
alter table plan_target add column coordinators text;
-- The appendix's remark on a target (Ghi chú).
alter table plan_target add column note text;
