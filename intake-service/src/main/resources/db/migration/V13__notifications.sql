-- The resident is told: an e-mail address beside the phone (contact data, erased with it), the language the resident
-- submitted in (messages go out in it), and per account which channels it wants.
alter table appeal add column reporter_email text;
alter table appeal add column reporter_language text;

create table notification_preference (
    subject    text        primary key,
    email      boolean     not null,
    sms        boolean     not null,
    updated_at timestamptz not null
);

-- The in-app inbox: one row per recipient and causing event (a step of the appeal's timeline, whose wording is the
-- message); written in the transaction that applied the event, so it is never lost and never doubled. A caller who
-- reported by phone through the hotline has no account (recipient_sub null): their row only carries the SMS.
create table notification (
    id            uuid        primary key,
    recipient_sub text,
    appeal_id     uuid        not null references appeal (id),
    event_id      text        not null,
    kind          text        not null,
    created_at    timestamptz not null,
    read_at       timestamptz
);
create unique index notification_once on notification (appeal_id, event_id, coalesce(recipient_sub, ''));
create index notification_inbox on notification (recipient_sub, created_at desc);
create index notification_of_appeal on notification (appeal_id);

-- What goes out by e-mail and SMS, once per (notification, channel): the relay takes due rows, sends, and marks
-- them sent; a failure is tried again with backoff. The address is read from the appeal when it is sent (an erased
-- contact sends nothing). not_before holds an SMS in quiet hours until 08:00 district time.
create table notification_delivery (
    id              bigserial   primary key,
    notification_id uuid        not null references notification (id) on delete cascade,
    channel         text        not null,
    not_before      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    unique (notification_id, channel)
);
create index notification_delivery_due on notification_delivery (next_attempt_at) where sent_at is null;
