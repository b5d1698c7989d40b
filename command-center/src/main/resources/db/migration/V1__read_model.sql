-- The command centre's own read model, built from every gridloop.* topic (never another service's tables).

-- The grid map in force, one row per unit, from gridloop.grid-maps (the latest record of each street replaces
-- that street's units).
create table map_unit (
    unit_id   text   primary key,
    level     text   not null,
    name      text,
    parent_id text,
    street_id text   not null,
    geometry  jsonb  not null,
    version   bigint not null
);
create index map_unit_street on map_unit (street_id);

-- Each appeal as the map shows it. Facts arrive in any order: each group of fields keeps the time of the event
-- that set it and only a later event replaces it, so the same events in any order give the same row.
create table appeal_marker (
    appeal_id       uuid primary key,
    reference       text,
    category        text,
    latitude        double precision,
    longitude       double precision,
    submitted_at    timestamptz,
    status          text        not null default 'SUBMITTED',
    status_at       timestamptz,
    street_id       text,
    community_id    text,
    grid_id         text,
    grid_name       text,
    assignee_id     text,
    assignee_name   text,
    queue           text,
    queue_at        timestamptz,
    assignment_at   timestamptz,
    department      text,
    department_name text,
    department_at   timestamptz,
    accept_by       timestamptz,
    resolve_by      timestamptz,
    accepted_at     timestamptz,
    overdue_since   timestamptz,
    resolved_at     timestamptz,
    closed_at       timestamptz,
    satisfaction    integer,
    rated_at        timestamptz,
    last_event_type text,
    last_event_at   timestamptz,
    is_open         boolean generated always as (status not in ('CLOSED', 'WITHDRAWN', 'REJECTED')) stored
);
-- The map asks for the open appeals in a box; built-in point and box types with a GiST index, no PostGIS.
create index appeal_marker_open_position on appeal_marker using gist (point(longitude, latitude))
    where is_open and latitude is not null;
create index appeal_marker_submitted on appeal_marker (submitted_at);

-- The live feed: one row per event applied, numbered without gaps in commit order (feed_counter's row lock is
-- held to the commit), so a page that resumes after event n misses none and sees none twice.
create table feed_counter (
    id      integer primary key check (id = 1),
    last_id bigint  not null
);
insert into feed_counter (id, last_id) values (1, 0);
create table feed_event (
    id          bigint      primary key,
    appeal_id   uuid,
    ce_type     text        not null,
    occurred_at timestamptz not null,
    text        text        not null
);
create index feed_event_appeal on feed_event (appeal_id, id);

-- The latest evaluation snapshot of each unit and period, from gridloop.evaluations.
create table unit_rate (
    level        text        not null,
    unit_id      text        not null,
    period_start timestamptz not null,
    period_end   timestamptz not null,
    snapshot     jsonb       not null,
    primary key (level, unit_id, period_start)
);
