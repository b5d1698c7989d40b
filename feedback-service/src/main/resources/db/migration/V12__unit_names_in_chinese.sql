-- The names in Chinese of the map's units (streets, communities, grids) as the events name them, so that an
-- evaluation names each unit in its reader's language. The rollups keep the English name they always had.
create table unit_name (
    unit_id text primary key,
    name_zh text not null
);
