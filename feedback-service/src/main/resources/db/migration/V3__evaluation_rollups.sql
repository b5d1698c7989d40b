-- Per-day rollups of the evaluation, kept in the same transaction as every change of an appeal.
--
-- One function, evaluation_contributions(appeal), says what an appeal adds to the figures of each unit it
-- belongs to (grid, community, street, department) on the UTC day it was submitted. A trigger on appeal_view
-- writes the difference between the old and the new contributions as delta rows (inserts only, so writers
-- never wait on a hot counter row); evaluation_compact() folds the deltas into evaluation_daily. A query sums
-- whole days from evaluation_daily + pending deltas and reads the partial days at either end from
-- appeal_view through the same function, so both paths count by one definition.

-- The figures that need more than one row of another table, kept on the appeal (set with the closure and
-- rating in the same transaction).
alter table appeal_view
    add column first_resolved_at timestamptz,
    add column ratings           integer not null default 0,
    add column satisfaction_sum  integer not null default 0,
    add column satisfied         integer not null default 0;

update appeal_view a set first_resolved_at = c.first_reported
from (select appeal_id, min(reported_at) as first_reported from closure group by appeal_id) c
where c.appeal_id = a.appeal_id;

update appeal_view a set ratings = r.ratings, satisfaction_sum = r.satisfaction_sum, satisfied = r.satisfied
from (select appeal_id, count(*) as ratings, sum(satisfaction) as satisfaction_sum,
             count(*) filter (where satisfaction >= 4) as satisfied
      from rating group by appeal_id) r
where r.appeal_id = a.appeal_id;

-- The histogram bucket of a time to close: 0 below a minute, then 8 buckets per doubling of the minutes
-- (each 9.05 % wider than the one before), the last (159) open-ended from about 611 days.
create function evaluation_close_bucket(close_ms bigint) returns smallint
    language sql immutable strict parallel safe as $$
    select case when close_ms < 60000 then 0
                else least(159, 1 + floor(8 * ln(close_ms / 60000.0::float8) / ln(2.0::float8)))::smallint end
$$;

create function evaluation_contributions(a appeal_view)
    returns table (level text, unit_id text, unit_name text, day date, received int, responded int,
                   resolved int, resolved_on_time int, closed int, reopened int, ratings int,
                   satisfaction_sum int, satisfied int, close_ms bigint, close_bucket smallint)
    language sql immutable parallel safe as $$
    select u.level, u.unit_id, u.unit_name, (a.submitted_at at time zone 'UTC')::date,
           1,
           case when a.accepted_at <= a.accept_by then 1 else 0 end,
           case when a.first_resolved_at is not null then 1 else 0 end,
           case when a.first_resolved_at <= a.resolve_by then 1 else 0 end,
           case when a.status = 'CLOSED' then 1 else 0 end,
           case when a.reopen_count > 0 then 1 else 0 end,
           a.ratings, a.satisfaction_sum, a.satisfied,
           case when a.status = 'CLOSED'
                then (extract(epoch from (a.closed_at - a.submitted_at)) * 1000)::bigint else 0 end,
           case when a.status = 'CLOSED'
                then evaluation_close_bucket((extract(epoch from (a.closed_at - a.submitted_at)) * 1000)::bigint) end
    from (values ('GRID', a.grid_id, a.grid_name),
                 ('COMMUNITY', a.community_id, a.community_name),
                 ('STREET', a.street_id, a.street_name),
                 ('DEPARTMENT', a.department, a.department_name)) as u (level, unit_id, unit_name)
    where u.unit_id is not null and a.submitted_at is not null and a.status not in ('REJECTED', 'WITHDRAWN')
$$;

-- Changes not yet folded into evaluation_daily; a negative row takes back an older contribution.
create table evaluation_delta (
    id               bigserial primary key,
    level            text     not null,
    unit_id          text     not null,
    unit_name        text,
    day              date     not null,
    received         int      not null,
    responded        int      not null,
    resolved         int      not null,
    resolved_on_time int      not null,
    closed           int      not null,
    reopened         int      not null,
    ratings          int      not null,
    satisfaction_sum int      not null,
    satisfied        int      not null,
    close_ms         bigint   not null,
    close_bucket     smallint
);
create index evaluation_delta_level_day on evaluation_delta (level, day);

create table evaluation_daily (
    level            text     not null,
    unit_id          text     not null,
    day              date     not null,
    unit_name        text,
    received         bigint   not null,
    responded        bigint   not null,
    resolved         bigint   not null,
    resolved_on_time bigint   not null,
    closed           bigint   not null,
    reopened         bigint   not null,
    ratings          bigint   not null,
    satisfaction_sum bigint   not null,
    satisfied        bigint   not null,
    close_ms         bigint   not null,
    -- closures per evaluation_close_bucket, index 1..160 for buckets 0..159
    close_histogram  int[]    not null,
    primary key (level, day, unit_id)
);

-- A histogram of 160 buckets with n at one bucket (none when the bucket is null).
create function evaluation_histogram_of(bucket smallint, n int) returns int[]
    language sql immutable parallel safe as $$
    select array_agg(case when i = bucket then n else 0 end order by i) from generate_series(0, 159) as i
$$;

create function evaluation_histogram_add(x int[], y int[]) returns int[]
    language sql immutable strict parallel safe as $$
    select array_agg(a + b order by i) from unnest(x, y) with ordinality as t (a, b, i)
$$;

create function appeal_view_evaluation_delta() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (select array_agg(c order by c.level) from evaluation_contributions(old) c)
            is not distinct from (select array_agg(c order by c.level) from evaluation_contributions(new) c) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into evaluation_delta (level, unit_id, unit_name, day, received, responded, resolved,
                                      resolved_on_time, closed, reopened, ratings, satisfaction_sum, satisfied,
                                      close_ms, close_bucket)
        select c.level, c.unit_id, c.unit_name, c.day, -c.received, -c.responded, -c.resolved,
               -c.resolved_on_time, -c.closed, -c.reopened, -c.ratings, -c.satisfaction_sum, -c.satisfied,
               -c.close_ms, c.close_bucket
        from evaluation_contributions(old) c;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into evaluation_delta (level, unit_id, unit_name, day, received, responded, resolved,
                                      resolved_on_time, closed, reopened, ratings, satisfaction_sum, satisfied,
                                      close_ms, close_bucket)
        select * from evaluation_contributions(new);
    end if;
    return null;
end
$$;

create trigger appeal_view_evaluation_delta
    after insert or update or delete on appeal_view
    for each row execute function appeal_view_evaluation_delta();

-- Folds up to max_rows of the oldest deltas into evaluation_daily; returns how many it folded. One caller
-- at a time (the others return 0 at once); the delete and the upsert are one statement, so a reader sees a
-- delta either pending or folded, never both or neither.
create function evaluation_compact(max_rows int) returns int language plpgsql as $$
declare
    folded int;
begin
    if not pg_try_advisory_xact_lock(hashtext('gridloop.evaluation_compact')) then
        return 0;
    end if;
    with taken as (
        delete from evaluation_delta
        where id in (select id from evaluation_delta order by id limit max_rows)
        returning *
    ), buckets as (
        select level, unit_id, day, close_bucket, sum(closed)::int as n
        from taken where close_bucket is not null group by level, unit_id, day, close_bucket
    ), histograms as (
        select k.level, k.unit_id, k.day, array_agg(coalesce(b.n, 0) order by i) as close_histogram
        from (select distinct level, unit_id, day from buckets) k
        cross join generate_series(0, 159) as i
        left join buckets b on b.level = k.level and b.unit_id = k.unit_id and b.day = k.day
                           and b.close_bucket = i
        group by k.level, k.unit_id, k.day
    ), folded_rows as (
        insert into evaluation_daily as d (level, unit_id, day, unit_name, received, responded, resolved,
                                           resolved_on_time, closed, reopened, ratings, satisfaction_sum,
                                           satisfied, close_ms, close_histogram)
        select t.level, t.unit_id, t.day,
               (array_agg(t.unit_name order by t.id desc) filter (where t.received > 0))[1],
               sum(t.received), sum(t.responded), sum(t.resolved), sum(t.resolved_on_time), sum(t.closed),
               sum(t.reopened), sum(t.ratings), sum(t.satisfaction_sum), sum(t.satisfied), sum(t.close_ms),
               coalesce(max(h.close_histogram), evaluation_histogram_of(null, 0))
        from taken t left join histograms h using (level, unit_id, day)
        group by t.level, t.unit_id, t.day
        on conflict (level, day, unit_id) do update set
            unit_name = coalesce(excluded.unit_name, d.unit_name),
            received = d.received + excluded.received,
            responded = d.responded + excluded.responded,
            resolved = d.resolved + excluded.resolved,
            resolved_on_time = d.resolved_on_time + excluded.resolved_on_time,
            closed = d.closed + excluded.closed,
            reopened = d.reopened + excluded.reopened,
            ratings = d.ratings + excluded.ratings,
            satisfaction_sum = d.satisfaction_sum + excluded.satisfaction_sum,
            satisfied = d.satisfied + excluded.satisfied,
            close_ms = d.close_ms + excluded.close_ms,
            close_histogram = evaluation_histogram_add(d.close_histogram, excluded.close_histogram)
        returning 1
    )
    select count(*) into folded from taken;
    return folded;
end
$$;

-- What was there before this migration enters as deltas, like any later change.
insert into evaluation_delta (level, unit_id, unit_name, day, received, responded, resolved, resolved_on_time,
                              closed, reopened, ratings, satisfaction_sum, satisfied, close_ms, close_bucket)
select c.* from appeal_view a cross join lateral evaluation_contributions(a) c;
