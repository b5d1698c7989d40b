-- The status-naming events each appeal has seen, folded by the shared appeal lifecycle (StatusSteps' text: one
-- "<epoch micros> <ce_type>" per line). An appeal seen before this column existed starts from a snapshot of the
-- status it held ("<epoch micros> =<STATUS>"), at the time of its last change.
alter table appeal_view add column status_steps text;
update appeal_view
set status_steps = (extract(epoch from updated_at) * 1000000)::bigint || ' =' || status || chr(10);
