-- Transactional outbox: a state change and the event announcing it commit together.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    ce_type       text        not null,
    ce_subject    text        not null,
    occurred_at   timestamptz not null,
    payload       bytea       not null,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz
);
-- The relay reads only unsent rows, in id order: keep that cheap however large the sent history grows.
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Wake the relay of every instance as soon as a transaction that wrote the outbox commits
-- (NOTIFY is delivered on commit, never for a rolled-back transaction).
create function gridloop_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('gridloop_outbox', '');
    return null;
end;
$$;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function gridloop_outbox_notify();

-- Processed-event log: the ce_ids each consumer has applied, written in the same transaction as the work.
create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index processed_event_age on processed_event (processed_at);
