-- What dispatch last published on gridloop.grid-rosters for each grid: a fingerprint of its workers and shifts, so
-- a roster goes out once per change however many instances check (GridRosterPublisher).
create table grid_roster_published (
    grid_id      text primary key,
    fingerprint  text        not null,
    published_at timestamptz not null
);
