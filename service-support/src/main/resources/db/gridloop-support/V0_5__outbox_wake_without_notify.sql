-- The relay is no longer woken by NOTIFY: a notifying transaction takes a lock on the whole database from its
-- commit's start to its end, so every commit that wrote the outbox waited for the one before it (flush included),
-- one at a time. The service now wakes its own relay once its transaction has committed (OutboxWakeUp), and the
-- relay polls briefly after activity for rows that other instances wrote.
drop trigger if exists outbox_event_notify on outbox_event;
drop function if exists gridloop_outbox_notify();
