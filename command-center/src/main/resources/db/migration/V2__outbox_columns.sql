-- The outbox table (service-support's migrations) with the columns every service adds in its own sequence:
-- the command centre publishes nothing, but it runs the same relay, which reads them.
alter table outbox_event add column category text, add column appeal_submitted_at timestamptz;
alter table outbox_event add column trace_parent text, add column trace_state text;
