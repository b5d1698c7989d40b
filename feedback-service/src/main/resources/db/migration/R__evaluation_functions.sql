-- The evaluation's functions and trigger, as they are today: the one place to read and change them. Flyway runs
-- this file again whenever it changes (after the versioned migrations), so it only ever holds current definitions;
-- V3 and V7 keep the history. A change of a function's result columns needs a "drop function" before it here.
--
-- evaluation_contributions(appeal) says what an appeal adds to the figures of each unit it belongs to (grid,
-- community, street, department) on the UTC day it was submitted. The trigger on appeal_view writes the difference
-- between the old and the new contributions as delta rows; evaluation_compact() folds the deltas into
-- evaluation_daily. The rules it counts by are decided in Java and stored on the row (responded, satisfied: see
-- docs/architecture.md), so this file only adds them up.

-- The histogram bucket of a time to close: 0 below a minute, then 8 buckets per doubling of the minutes
-- (each 9.05 % wider than the one before), the last (159) open-ended from about 611 days.
create or replace function evaluation_close_bucket(close_ms bigint) returns smallint
    language sql immutable strict parallel safe as $$
    select case when close_ms < 60000 then 0
                else least(159, 1 + floor(8 * ln(close_ms / 60000.0::float8) / ln(2.0::float8)))::smallint end
$$;

-- A histogram of 160 buckets with n at one bucket (none when the bucket is null).
create or replace function evaluation_histogram_of(bucket smallint, n int) returns int[]
    language sql immutable parallel safe as $$
    select array_agg(case when i = bucket then n else 0 end order by i) from generate_series(0, 159) as i
$$;

create or replace function evaluation_histogram_add(x int[], y int[]) returns int[]
    language sql immutable strict parallel safe as $$
    select array_agg(a + b order by i) from unnest(x, y) with ordinality as t (a, b, i)
$$;

create or replace function evaluation_contributions(a appeal_view)
    returns table (level text, unit_id text, unit_name text, day date, received int, responded int,
                   resolved int, resolved_on_time int, closed int, reopened int, ratings int,
                   satisfaction_sum int, satisfied int, close_ms bigint, close_bucket smallint,
                   closed_fixed int, closed_not_fixable int, closed_not_responsible int)
    language sql immutable parallel safe as $$
    select u.level, u.unit_id, u.unit_name, (a.submitted_at at time zone 'UTC')::date,
           1,
           case when a.responded then 1 else 0 end,
           case when a.first_resolved_at is not null then 1 else 0 end,
           case when a.first_resolved_at <= a.resolve_by then 1 else 0 end,
           case when a.status = 'CLOSED' then 1 else 0 end,
           case when a.reopen_count > 0 then 1 else 0 end,
           a.ratings, a.satisfaction_sum, a.satisfied,
           case when a.status = 'CLOSED'
                then (extract(epoch from (a.closed_at - a.submitted_at)) * 1000)::bigint else 0 end,
           case when a.status = 'CLOSED'
                then evaluation_close_bucket((extract(epoch from (a.closed_at - a.submitted_at)) * 1000)::bigint) end,
           case when a.status = 'CLOSED' and coalesce(a.outcome, 'FIXED') = 'FIXED' then 1 else 0 end,
           case when a.status = 'CLOSED' and a.outcome = 'NOT_FIXABLE' then 1 else 0 end,
           case when a.status = 'CLOSED' and a.outcome = 'NOT_RESPONSIBLE' then 1 else 0 end
    from (values ('GRID', a.grid_id, a.grid_name),
                 ('COMMUNITY', a.community_id, a.community_name),
                 ('STREET', a.street_id, a.street_name),
                 ('DEPARTMENT', a.department, a.department_name)) as u (level, unit_id, unit_name)
    where u.unit_id is not null and a.submitted_at is not null and a.counted
$$;

create or replace function appeal_view_evaluation_delta() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (select array_agg(c order by c.level) from evaluation_contributions(old) c)
            is not distinct from (select array_agg(c order by c.level) from evaluation_contributions(new) c) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into evaluation_delta (level, unit_id, unit_name, day, received, responded, resolved,
                                      resolved_on_time, closed, reopened, ratings, satisfaction_sum, satisfied,
                                      close_ms, close_bucket, closed_fixed, closed_not_fixable,
                                      closed_not_responsible)
        select c.level, c.unit_id, c.unit_name, c.day, -c.received, -c.responded, -c.resolved,
               -c.resolved_on_time, -c.closed, -c.reopened, -c.ratings, -c.satisfaction_sum, -c.satisfied,
               -c.close_ms, c.close_bucket, -c.closed_fixed, -c.closed_not_fixable, -c.closed_not_responsible
        from evaluation_contributions(old) c;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into evaluation_delta (level, unit_id, unit_name, day, received, responded, resolved,
                                      resolved_on_time, closed, reopened, ratings, satisfaction_sum, satisfied,
                                      close_ms, close_bucket, closed_fixed, closed_not_fixable,
                                      closed_not_responsible)
        select * from evaluation_contributions(new);
    end if;
    return null;
end
$$;

create or replace function evaluation_compact(max_rows int) returns int language plpgsql as $$
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
                                           satisfied, close_ms, close_histogram, closed_fixed, closed_not_fixable,
                                           closed_not_responsible)
        select t.level, t.unit_id, t.day,
               (array_agg(t.unit_name order by t.id desc) filter (where t.received > 0))[1],
               sum(t.received), sum(t.responded), sum(t.resolved), sum(t.resolved_on_time), sum(t.closed),
               sum(t.reopened), sum(t.ratings), sum(t.satisfaction_sum), sum(t.satisfied), sum(t.close_ms),
               coalesce(max(h.close_histogram), evaluation_histogram_of(null, 0)),
               sum(t.closed_fixed), sum(t.closed_not_fixable), sum(t.closed_not_responsible)
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
            close_histogram = evaluation_histogram_add(d.close_histogram, excluded.close_histogram),
            closed_fixed = d.closed_fixed + excluded.closed_fixed,
            closed_not_fixable = d.closed_not_fixable + excluded.closed_not_fixable,
            closed_not_responsible = d.closed_not_responsible + excluded.closed_not_responsible
        returning 1
    )
    select count(*) into folded from taken;
    return folded;
end
$$;

create or replace trigger appeal_view_evaluation_delta
    after insert or update or delete on appeal_view
    for each row execute function appeal_view_evaluation_delta();
