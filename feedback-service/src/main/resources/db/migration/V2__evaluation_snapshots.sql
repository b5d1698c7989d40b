-- The claim that makes a period's snapshots go out once: the publisher inserts the period's row in the same
-- transaction as the snapshot events (outbox); a second instance's insert waits on the key, then finds it
-- taken and publishes nothing.
create table evaluation_period_published (
    period_start timestamptz not null,
    period_end   timestamptz not null,
    snapshots    int         not null,
    published_at timestamptz not null,
    primary key (period_start, period_end)
);
