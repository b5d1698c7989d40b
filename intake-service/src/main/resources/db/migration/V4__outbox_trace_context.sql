-- The W3C trace context of the transaction that wrote the event, sent as the record's traceparent and
-- tracestate headers, so the consumer's work joins the same trace. (Outbox columns added after a
-- service's own migrations go in its own sequence; see the metric facts migration.)
alter table outbox_event add column trace_parent text, add column trace_state text;
