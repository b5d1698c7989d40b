-- The street's registry (四标四实). Buildings take the id of their outline on the grid map; households, their people's
-- contacts and the audit of every read of one are personal data (docs/data-protection.md); nothing personal leaves
-- this database on a topic.

-- The grid map in force as dispatch publishes it (gridloop.grid-maps): where each unit lies, never edited here.
create table map_unit (
    unit_id      text primary key,
    level        text             not null,
    parent_id    text,
    street_id    text             not null,
    name         text,
    name_zh      text,
    -- The outline's centre (mean of its ring's points): a building's address point when the registry has none.
    centre_lat   double precision,
    centre_lon   double precision,
    version      bigint           not null
);
create index map_unit_street on map_unit (street_id);

-- Who works each grid (gridloop.grid-rosters): the grid worker who may read a household's contact.
create table grid_worker (
    worker_id text not null,
    grid_id   text not null,
    primary key (worker_id, grid_id)
);
create index grid_worker_grid on grid_worker (grid_id);

create table organisation (
    id            uuid primary key,
    code          text        not null unique,
    type          text        not null,
    name          text        not null,
    parent_id     uuid references organisation (id),
    -- The organisation's contact (an office phone, or its secretary's): shown through the API only, never on a topic.
    contact_name  text,
    contact_phone text,
    members       integer     not null default 0,
    -- JSON arrays of building ids and map unit ids (grids, communities) it covers.
    building_ids  text        not null default '[]',
    unit_ids      text        not null default '[]',
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index organisation_buildings on organisation using gin ((building_ids::jsonb));

create table building (
    id                  text primary key,
    code                text             not null unique,
    street_id           text             not null,
    community_id        text             not null,
    grid_id             text             not null,
    estate              text,
    address             text             not null,
    number              text             not null,
    latitude            double precision,
    longitude           double precision,
    floors              integer,
    entrances           integer,
    dwellings           integer,
    year_built          integer,
    use                 text,
    property_company_id uuid references organisation (id),
    version             bigint           not null,
    updated_at          timestamptz      not null
);
create index building_grid on building (grid_id);
create index building_place on building (latitude, longitude);
create index building_address on building (address text_pattern_ops);

-- A dwelling (栋-单元-室) and the household living there. Care groups are flags, never a diagnosis; no ID number.
create table household (
    id                   uuid primary key,
    building_id          text        not null references building (id),
    entrance             integer     not null,
    room                 text        not null,
    occupancy            text        not null,
    residents            integer     not null,
    elderly_living_alone boolean     not null default false,
    disabled             boolean     not null default false,
    left_behind_children boolean     not null default false,
    low_income           boolean     not null default false,
    version              bigint      not null,
    updated_at           timestamptz not null,
    unique (building_id, entrance, room)
);

-- At most one contact per household; erased with the household, and when not confirmed for the retention period.
create table household_contact (
    household_id uuid primary key references household (id) on delete cascade,
    name         text        not null,
    phone        text,
    confirmed_at timestamptz not null
);
create index household_contact_confirmed on household_contact (confirmed_at);

-- Every read of a contact (a household's or an organisation's): who, when, which record, why. Kept after the record is
-- erased; it holds no contact itself.
create table contact_read (
    id          bigserial primary key,
    read_at     timestamptz not null,
    reader      text        not null,
    reader_role text        not null,
    record_kind text        not null,
    record_id   text        not null,
    building_id text,
    purpose     text        not null
);
create index contact_read_at on contact_read (read_at desc);
create index contact_read_record on contact_read (record_kind, record_id);

create table facility (
    id            uuid primary key,
    code          text             not null unique,
    class_code    text             not null,
    name          text             not null,
    building_id   text references building (id),
    floor         integer,
    latitude      double precision not null,
    longitude     double precision not null,
    maintainer_id uuid references organisation (id),
    department    text,
    status        text             not null,
    status_since  timestamptz      not null,
    version       bigint           not null,
    updated_at    timestamptz      not null
);
create index facility_place on facility (latitude, longitude);
create index facility_building on facility (building_id);

-- Appeals that name a facility or lie in a building: what a card lists, and the repeat faults.
create table registry_appeal (
    appeal_id    uuid primary key,
    reference    text,
    category     text,
    facility_id  uuid,
    building_id  text,
    submitted_at timestamptz,
    open         boolean     not null default true,
    outcome      text,
    resolved_at  timestamptz,
    closed_at    timestamptz
);
create index registry_appeal_facility on registry_appeal (facility_id, submitted_at desc) where facility_id is not null;
create index registry_appeal_building on registry_appeal (building_id, submitted_at desc) where building_id is not null;

-- The sample street is loaded once (gridloop.registry.sample-street), never again after a registrar's edits.
create table sample_loaded (
    name      text primary key,
    loaded_at timestamptz not null
);
