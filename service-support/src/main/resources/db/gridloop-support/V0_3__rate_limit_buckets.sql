-- Per-caller rate limits (gridloop.support.ratelimit): one Bucket4j token bucket per (route, caller), kept here
-- rather than in memory so that every instance of a service draws on the same bucket. expires_at (epoch ms) is
-- when the bucket would be full again; after it the row says nothing and the cleaner deletes it.
create table rate_limit_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);
