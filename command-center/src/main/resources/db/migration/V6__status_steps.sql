-- The status-naming events each appeal has seen, folded by the shared appeal lifecycle (StatusSteps' text: one
-- "<epoch micros> <ce_type>" per line). A marker made before this column existed starts from a snapshot of the
-- status it held ("<epoch micros> =<STATUS>"), at the time of that status.
alter table appeal_marker add column status_steps text;
update appeal_marker
set status_steps = (extract(epoch from coalesce(status_at, submitted_at, now())) * 1000000)::bigint
                   || ' =' || status || chr(10);
