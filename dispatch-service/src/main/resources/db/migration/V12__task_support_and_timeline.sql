-- How many residents support the appeal besides its reporter ("me too"), from gridloop.appeal.supported.v1.
alter table task add column supporters integer not null default 0;

-- The task's timeline: every event of the appeal that dispatch published or consumed, as it was on the topic (the
-- contract's payloads carry no contact data). Written in the transaction of the change or of the consumed event, so it
-- holds each event once.
create table task_event (
    id          bigint generated always as identity primary key,
    appeal_id   uuid        not null,
    ce_type     text        not null,
    occurred_at timestamptz not null,
    payload     jsonb       not null
);
create index task_event_appeal on task_event (appeal_id, occurred_at, id);
