-- A copy of an event under another ce_id (a publisher that crashed after sending) is the same event: the same
-- payload. The timeline holds it once.
alter table task_event add column payload_hash text generated always as (md5(payload::text)) stored;
create unique index task_event_once on task_event (appeal_id, payload_hash);
