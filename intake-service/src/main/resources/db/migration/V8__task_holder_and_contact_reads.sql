-- Who holds the appeal's task now, from dispatch's events (the assignee's roster id and the department's code): the
-- only people besides the reporter who may read the reporter's contact, and only while they hold it.
alter table appeal add column holder_worker_id text;
alter table appeal add column holder_department text;

-- Every read of a reporter's contact, with who read it and why (PIPL: purposeful, logged). Kept as long as the
-- appeal; an operator reads it through the database (docs/data-protection.md).
create table contact_read (
    id          bigserial   primary key,
    appeal_id   uuid        not null references appeal (id),
    reader_role text        not null,
    reader_id   text        not null,
    purpose     text        not null,
    read_at     timestamptz not null
);
create index contact_read_appeal on contact_read (appeal_id, read_at);
