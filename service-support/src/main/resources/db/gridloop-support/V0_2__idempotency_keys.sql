-- Retry safety for writes a phone may repeat: the first answer per (scope, key), and a hash of the
-- request it answered, so the same key with another body can be refused.
create table idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    response      text,
    created_at    timestamptz not null default now(),
    primary key (scope, key)
);
create index idempotency_key_age on idempotency_key (created_at);
