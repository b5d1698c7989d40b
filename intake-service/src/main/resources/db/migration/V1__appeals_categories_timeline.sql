-- The category catalogue: lives here so it can change without a release.
create table category (
    code                text primary key,
    name                text    not null,
    accept_within_hours integer not null,
    resolve_within_hours integer not null,
    escalation_department text  not null,
    sort_order          integer not null
);

insert into category (code, name, accept_within_hours, resolve_within_hours, escalation_department, sort_order) values
    ('FACILITY_DAMAGE',  'Damaged public facility',      4, 72,  'HOUSING',          1),
    ('FIRE_HAZARD',      'Fire hazard',                  1, 24,  'FIRE_SAFETY',      2),
    ('ELEVATOR_FAULT',   'Elevator fault',               2, 48,  'HOUSING',          3),
    ('SANITATION',       'Sanitation and refuse',        4, 48,  'SANITATION',       4),
    ('THROWN_OBJECTS',   'Objects thrown from height',   2, 72,  'PUBLIC_SECURITY',  5),
    ('GREENING',         'Greening and trees',           8, 120, 'GREENING',         6),
    ('NOISE',            'Noise',                        4, 48,  'PUBLIC_SECURITY',  7),
    ('OTHER',            'Other',                        8, 120, 'STREET_OFFICE',    8);

-- Human references BQ-yyyyMMdd-NNNNNN: one counter row per day, incremented under its row lock.
create table appeal_reference_counter (
    day        date    primary key,
    last_value integer not null
);

create table appeal (
    id              uuid primary key,
    reference       text        not null unique,
    category        text        not null references category (code),
    description     text        not null,
    latitude        double precision not null,
    longitude       double precision not null,
    address         text,
    media_urls      text        not null,
    reporter_name   text,
    reporter_phone  text,
    channel         text        not null,
    status          text        not null,
    overdue         boolean     not null default false,
    grid_id         text,
    grid_name       text,
    assignee_name   text,
    department_name text,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null
);
create index appeal_reporter on appeal (reporter_phone, submitted_at desc);
create index appeal_submitted on appeal (submitted_at desc);

-- The resident's timeline: every lifecycle event of every service, de-duplicated by ce_id.
create table appeal_timeline (
    id          bigserial primary key,
    appeal_id   uuid        not null,
    event_id    text        not null unique,
    event_type  text        not null,
    status      text,
    occurred_at timestamptz not null,
    text        text        not null
);
create index appeal_timeline_appeal on appeal_timeline (appeal_id, occurred_at);
