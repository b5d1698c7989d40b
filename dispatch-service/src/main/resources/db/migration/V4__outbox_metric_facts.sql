-- What the relay counts an event by once the broker has it (category) and the appeal's submission time
-- (for the submit-to-assigned and submit-to-closed latencies); metrics only, never published.
-- The outbox table comes from service-support's migrations; a column added to it later goes into each
-- service's own sequence, so databases already past V0_x migrate without reordering.
alter table outbox_event add column category text, add column appeal_submitted_at timestamptz;
