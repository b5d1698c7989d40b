-- Maps uploaded by operators (PUT /api/v1/grids). The newest version is the map in force; every instance
-- loads it at start and polls for newer ones. Version 0 is the map shipped with the service, not stored here.
create table grid_map_version (
    version     bigint generated always as identity primary key,
    document    jsonb       not null,
    features    int         not null,
    uploaded_at timestamptz not null default now()
);
