-- The map versions published on gridloop.grid-maps, with the streets (top units) each one had: a later version
-- that drops a street publishes an empty map for it. One row per version, claimed in the transaction that writes
-- the version's outbox rows, so each version goes out once whichever instance publishes it.
create table grid_map_published (
    version      bigint      primary key,
    roots        text        not null,
    published_at timestamptz not null
);
