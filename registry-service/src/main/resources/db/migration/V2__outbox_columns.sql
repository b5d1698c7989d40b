-- The outbox table comes from service-support's migrations; the columns added to it later go into each service's
-- own sequence (see the other services' "outbox metric facts" and "trace context" migrations): the metric facts the
-- relay counts an event by (unused here), and the W3C trace context sent with the record.
alter table outbox_event add column category text, add column appeal_submitted_at timestamptz;
alter table outbox_event add column trace_parent text, add column trace_state text;
