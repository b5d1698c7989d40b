-- The street's "one image": the registry's buildings, facilities and organisations and dispatch's rosters, as the
-- command centre's own copies from their compacted topics. Each row keeps the version of the record it holds and
-- only a newer one replaces it, so redelivered or reordered records leave the same rows.

-- The appeal's place: the building whose outline holds it (AppealAssigned, the latest assignment's) and the facility
-- it names (AppealSubmitted).
alter table appeal_marker add column building_id text, add column facility_id uuid;
create index appeal_marker_building on appeal_marker (building_id) where building_id is not null;
create index appeal_marker_facility on appeal_marker (facility_id, submitted_at) where facility_id is not null;
create index appeal_marker_assignee on appeal_marker (assignee_id) where is_open;

-- A building (实有房屋): facts and counts of people, never a person.
create table place_building (
    building_id          text primary key,
    code                 text             not null,
    street_id            text,
    community_id         text,
    grid_id              text,
    estate               text,
    address              text             not null,
    number               text,
    latitude             double precision,
    longitude            double precision,
    floors               integer,
    entrances            integer,
    dwellings            integer,
    year_built           integer,
    use                  text,
    property_company_id  uuid,
    households           integer          not null,
    residents            integer          not null,
    owner_occupied       integer          not null,
    rented               integer          not null,
    vacant               integer          not null,
    elderly_living_alone integer          not null,
    disabled             integer          not null,
    left_behind_children integer          not null,
    low_income           integer          not null,
    version              bigint           not null,
    -- What the search box matches: address, estate, number and code, lower case.
    search_text          text             not null
);
create index place_building_position on place_building using gist (point(longitude, latitude))
    where latitude is not null;
create index place_building_code on place_building (code);

-- A facility (实有设施), its status as the registry says (FacilityStatus is the registry's rule).
create table place_facility (
    facility_id   uuid primary key,
    code          text             not null,
    class_code    text             not null,
    name          text             not null,
    building_id   text,
    floor         integer,
    latitude      double precision not null,
    longitude     double precision not null,
    maintainer_id uuid,
    department    text,
    status        text             not null,
    status_since  timestamptz,
    version       bigint           not null
);
create index place_facility_position on place_facility using gist (point(longitude, latitude));
create index place_facility_building on place_facility (building_id);
create index place_facility_code on place_facility (code);

-- An organisation (实有单位): what it covers, how many members; its contact stays in the registry.
create table place_organisation (
    organisation_id uuid primary key,
    code            text   not null,
    type            text   not null,
    name            text   not null,
    parent_id       uuid,
    building_ids    text[] not null,
    unit_ids        text[] not null,
    members         integer not null,
    version         bigint not null
);
create index place_organisation_buildings on place_organisation using gin (building_ids);
create index place_organisation_units on place_organisation using gin (unit_ids);

-- Who works each grid, and their shifts (dispatch's roster in force). A record replaces the grid's workers when
-- it is not older than the one kept.
create table grid_roster (
    grid_id      text        primary key,
    community_id text,
    workers      jsonb       not null,
    occurred_at  timestamptz not null
);

-- A feed line may be about a facility rather than an appeal (one that turned faulty, or back in service).
alter table feed_event add column facility_id uuid;
