-- Feedback's own view of each appeal, built from intake's and dispatch's events (any order, any repeat).
create table appeal_view (
    appeal_id         uuid primary key,
    reference         text,
    category          text,
    street_id         text,
    street_name       text,
    community_id      text,
    community_name    text,
    grid_id           text,
    grid_name         text,
    assignee_id       text,
    assignee_name     text,
    department        text,
    department_name   text,
    status            text        not null,
    submitted_at      timestamptz,
    assigned_at       timestamptz,
    accept_by         timestamptz,
    resolve_by        timestamptz,
    accepted_at       timestamptz,
    resolved_at       timestamptz,
    closed_at         timestamptz,
    closed_by         text,
    closure_round     integer     not null default 0,
    reopen_count      integer     not null default 0,
    updated_at        timestamptz not null
);
-- Evaluations select appeals by submission time within a unit.
create index appeal_view_submitted on appeal_view (submitted_at);
create index appeal_view_resolved_unrated on appeal_view (resolved_at) where status = 'RESOLVED';

-- What the handler reported, per closure round.
create table closure (
    appeal_id   uuid        not null,
    round       integer     not null,
    resolution  text        not null,
    media_urls  text        not null,
    handled_by  text,
    reported_at timestamptz not null,
    primary key (appeal_id, round)
);

-- The resident's verdict, at most one per closure round.
create table rating (
    appeal_id    uuid        not null,
    round        integer     not null,
    satisfaction integer     not null check (satisfaction between 1 and 5),
    resolved     boolean     not null,
    comment      text,
    rated_at     timestamptz not null,
    primary key (appeal_id, round)
);
