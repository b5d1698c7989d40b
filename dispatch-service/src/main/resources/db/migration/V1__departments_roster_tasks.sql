-- Departments that take escalated appeals ("department reporting").
create table department (
    code text primary key,
    name text not null
);
insert into department (code, name) values
    ('FIRE_SAFETY',     'District Fire Safety Office'),
    ('HOUSING',         'Housing and Elevator Safety Bureau'),
    ('SANITATION',      'Sanitation Department'),
    ('GREENING',        'Landscaping and Greening Bureau'),
    ('PUBLIC_SECURITY', 'Public Security Police Station'),
    ('STREET_OFFICE',   'Biquan Street Office');

-- Dispatch's view of the category catalogue: the SLA clocks and where to escalate.
create table category_sla (
    code                 text primary key,
    accept_within_hours  integer not null,
    resolve_within_hours integer not null,
    department           text    not null references department (code),
    department_first     boolean not null
);
insert into category_sla (code, accept_within_hours, resolve_within_hours, department, department_first) values
    ('FACILITY_DAMAGE', 4, 72,  'HOUSING',         false),
    ('FIRE_HAZARD',     1, 24,  'FIRE_SAFETY',     true),
    ('ELEVATOR_FAULT',  2, 48,  'HOUSING',         true),
    ('SANITATION',      4, 48,  'SANITATION',      false),
    ('THROWN_OBJECTS',  2, 72,  'PUBLIC_SECURITY', false),
    ('GREENING',        8, 120, 'GREENING',        false),
    ('NOISE',           4, 48,  'PUBLIC_SECURITY', false),
    ('OTHER',           8, 120, 'STREET_OFFICE',   false);

-- The roster. Shifts are in the district's time zone: days as ISO day numbers (1 = Monday),
-- minutes of the day [shift_start, shift_end). A community backup worker has no grid of their own.
-- Sample data: the people are invented.
create table grid_worker (
    id               text primary key,
    name             text    not null,
    grid_id          text,
    community_id     text    not null,
    community_backup boolean not null,
    shift_days       text    not null,
    shift_start      integer not null,
    shift_end        integer not null,
    open_tasks       integer not null default 0 check (open_tasks >= 0),
    last_assigned_at timestamptz
);
create index grid_worker_grid on grid_worker (grid_id);
insert into grid_worker (id, name, grid_id, community_id, community_backup, shift_days, shift_start, shift_end) values
    ('w-niujiaowan-g1-1', 'Chen Li', 'niujiaowan-g1', 'niujiaowan', false, '1234567', 0, 1440),
    ('w-niujiaowan-g1-2', 'Li Tao', 'niujiaowan-g1', 'niujiaowan', false, '12345', 480, 1200),
    ('w-niujiaowan-g1-3', 'Wang Ping', 'niujiaowan-g1', 'niujiaowan', false, '67', 480, 1200),
    ('w-niujiaowan-g2-1', 'Zhang Fang', 'niujiaowan-g2', 'niujiaowan', false, '1234567', 0, 1440),
    ('w-niujiaowan-g3-1', 'Liu Hui', 'niujiaowan-g3', 'niujiaowan', false, '1234567', 0, 1440),
    ('w-niujiaowan-g3-2', 'Yang Hong', 'niujiaowan-g3', 'niujiaowan', false, '12345', 480, 1200),
    ('w-niujiaowan-backup', 'Huang Wei', null, 'niujiaowan', true, '1234567', 0, 1440),
    ('w-hualong-g1-1', 'Zhao Qiang', 'hualong-g1', 'hualong', false, '1234567', 0, 1440),
    ('w-hualong-g1-2', 'Wu Yun', 'hualong-g1', 'hualong', false, '12345', 480, 1200),
    ('w-hualong-g1-3', 'Zhou Min', 'hualong-g1', 'hualong', false, '67', 480, 1200),
    ('w-hualong-g2-1', 'Xu Xia', 'hualong-g2', 'hualong', false, '1234567', 0, 1440),
    ('w-hualong-g3-1', 'Sun Gang', 'hualong-g3', 'hualong', false, '1234567', 0, 1440),
    ('w-hualong-g3-2', 'Ma Jing', 'hualong-g3', 'hualong', false, '12345', 480, 1200),
    ('w-hualong-backup', 'Zhu Bo', null, 'hualong', true, '1234567', 0, 1440),
    ('w-haoyu-g1-1', 'Hu Lan', 'haoyu-g1', 'haoyu', false, '1234567', 0, 1440),
    ('w-haoyu-g2-1', 'Guo Lei', 'haoyu-g2', 'haoyu', false, '1234567', 0, 1440),
    ('w-haoyu-g2-2', 'He Ning', 'haoyu-g2', 'haoyu', false, '12345', 480, 1200),
    ('w-haoyu-g3-1', 'Lin Hao', 'haoyu-g3', 'haoyu', false, '1234567', 0, 1440),
    ('w-haoyu-g3-2', 'Luo Yan', 'haoyu-g3', 'haoyu', false, '12345', 480, 1200),
    ('w-haoyu-g3-3', 'Gao Jun', 'haoyu-g3', 'haoyu', false, '67', 480, 1200),
    ('w-haoyu-backup', 'Chen Li', null, 'haoyu', true, '1234567', 0, 1440),
    ('w-lianhua-g1-1', 'Li Tao', 'lianhua-g1', 'lianhua', false, '1234567', 0, 1440),
    ('w-lianhua-g1-2', 'Wang Ping', 'lianhua-g1', 'lianhua', false, '12345', 480, 1200),
    ('w-lianhua-g1-3', 'Zhang Fang', 'lianhua-g1', 'lianhua', false, '67', 480, 1200),
    ('w-lianhua-g2-1', 'Liu Hui', 'lianhua-g2', 'lianhua', false, '1234567', 0, 1440),
    ('w-lianhua-g3-1', 'Yang Hong', 'lianhua-g3', 'lianhua', false, '1234567', 0, 1440),
    ('w-lianhua-g3-2', 'Huang Wei', 'lianhua-g3', 'lianhua', false, '12345', 480, 1200),
    ('w-lianhua-backup', 'Zhao Qiang', null, 'lianhua', true, '1234567', 0, 1440);

-- One task per appeal: who has it, its deadlines, where it stands.
create table task (
    appeal_id     uuid primary key,
    reference     text,
    category      text        not null,
    street_id     text,
    community_id  text,
    grid_id       text,
    assignee_id   text references grid_worker (id),
    queue         text,
    department    text references department (code),
    status        text        not null,
    accept_by     timestamptz,
    resolve_by    timestamptz,
    reopen_count  integer     not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index task_assignee on task (assignee_id, status);
create index task_department on task (department, status);
