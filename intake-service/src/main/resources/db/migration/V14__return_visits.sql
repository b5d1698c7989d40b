-- The return visit (回访): an appeal reported fixed and not rated is reminded once after 24 h, and after the wait its
-- category sets enters the hotline's queue; a hotline caller's enters at once. resolved_at is the latest report of a
-- fix (null again on a reopening).
alter table appeal add column resolved_at timestamptz;
alter table appeal add column rating_reminded_at timestamptz;

-- One row per appeal in the queue; it leaves (left_at, left_because) when reached, refused, unanswered three times,
-- rated or closed. A reopened appeal's row is deleted, so the next round can enter again.
create table callback (
    appeal_id    uuid        primary key references appeal (id),
    entered_at   timestamptz not null,
    no_answers   int         not null default 0,
    left_at      timestamptz,
    left_because text
);
create index callback_open on callback (entered_at) where left_at is null;

-- Every call an agent made, and how it went.
create table callback_call (
    id         bigserial   primary key,
    appeal_id  uuid        not null references appeal (id),
    agent_role text        not null,
    agent_id   text        not null,
    outcome    text        not null,
    called_at  timestamptz not null
);
create index callback_call_appeal on callback_call (appeal_id, called_at);
