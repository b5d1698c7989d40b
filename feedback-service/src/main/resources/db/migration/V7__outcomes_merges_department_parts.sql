-- Closed, not fixed: a closure report ends as FIXED, NOT_FIXABLE (with a reason) or NOT_RESPONSIBLE. The appeal
-- keeps the outcome of its last report; the evaluation splits the closed appeals by it.
alter table closure
    add column outcome        text not null default 'FIXED',
    add column outcome_reason text;
alter table appeal_view
    add column outcome     text,
    -- A duplicate merged into another appeal (an operator's DUPLICATE rejection): its reporter may rate the
    -- original, and it closes when the original does. Merged appeals count in no unit's figures.
    add column merged_into uuid;
update appeal_view set outcome = 'FIXED' where first_resolved_at is not null;
create index appeal_view_merged_into on appeal_view (merged_into) where merged_into is not null;

-- How each department answered the whistle: one row per appeal and department it was escalated to, as the
-- lead or an assisting department (co-handling). The part is the lead's closure report or the assisting
-- department's part report, due by the appeal's resolve-by.
create table department_part (
    appeal_id       uuid        not null,
    department      text        not null,
    department_name text,
    role            text        not null check (role in ('LEAD', 'ASSISTING')),
    escalated_at    timestamptz not null,
    reported_in_at  timestamptz,
    sent_back_at    timestamptz,
    done_at         timestamptz,
    primary key (appeal_id, department)
);

-- The rollups count closures by outcome. Everything closed before this migration was fixed.
alter table evaluation_delta
    add column closed_fixed           int not null default 0,
    add column closed_not_fixable     int not null default 0,
    add column closed_not_responsible int not null default 0;
update evaluation_delta set closed_fixed = closed;
alter table evaluation_daily
    add column closed_fixed           bigint not null default 0,
    add column closed_not_fixable     bigint not null default 0,
    add column closed_not_responsible bigint not null default 0;
update evaluation_daily set closed_fixed = closed;

-- The trigger function names evaluation_contributions at run time only, so it can be replaced under it.
drop function evaluation_contributions(appeal_view);
create function evaluation_contributions(a appeal_view)
    returns table (level text, unit_id text, unit_name text, day date, received int, responded int,
                   resolved int, resolved_on_time int, closed int, reopened int, ratings int,
                   satisfaction_sum int, satisfied int, close_ms bigint, close_bucket smallint,
                   closed_fixed int, closed_not_fixable int, closed_not_responsible int)
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
                then evaluation_close_bucket((extract(epoch from (a.closed_at - a.submitted_at)) * 1000)::bigint) end,
           case when a.status = 'CLOSED' and coalesce(a.outcome, 'FIXED') = 'FIXED' then 1 else 0 end,
           case when a.status = 'CLOSED' and a.outcome = 'NOT_FIXABLE' then 1 else 0 end,
           case when a.status = 'CLOSED' and a.outcome = 'NOT_RESPONSIBLE' then 1 else 0 end
    from (values ('GRID', a.grid_id, a.grid_name),
                 ('COMMUNITY', a.community_id, a.community_name),
                 ('STREET', a.street_id, a.street_name),
                 ('DEPARTMENT', a.department, a.department_name)) as u (level, unit_id, unit_name)
    where u.unit_id is not null and a.submitted_at is not null and a.status not in ('REJECTED', 'WITHDRAWN')
      and a.merged_into is null
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
