-- Per-caller rate limits, one row per (route, caller): a token bucket kept as what the caller had left at its last
-- request. One statement takes a token (or finds none) and writes the row back, so a caller's row is locked for
-- that statement only; the Bucket4j table it replaces needed a transaction of its own per request, over JDBC, with
-- the row locked across four round trips. full_at is when the bucket is full again: after it the row says nothing
-- and the cleaner deletes it.
create table rate_limit_allowance (
    id          text             primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    allowed     boolean          not null,
    full_at     timestamptz      not null
);
create index rate_limit_allowance_full on rate_limit_allowance (full_at);
drop table rate_limit_bucket;
