-- "Me too": residents who report the same open problem add themselves to the first appeal.
alter table appeal add column supporters integer not null default 0;

-- Nearby open appeals of a category: a bounding box on this index, then the exact distance.
create index appeal_open_by_category_position on appeal (category, latitude, longitude)
    where status not in ('CLOSED', 'REJECTED', 'WITHDRAWN');

-- When the assignee and the department shown were decided: a late, older event must not overwrite them.
alter table appeal add column assignee_decided_at timestamptz;
alter table appeal add column department_decided_at timestamptz;
