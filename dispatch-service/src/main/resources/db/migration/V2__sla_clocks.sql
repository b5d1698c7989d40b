-- SLA clocks: each breach is announced once (the flag is the claim), and at 3x the resolve window an
-- open task escalates by itself. Partial indexes keep the periodic check cheap with 100k open tasks:
-- it reads only the few rows whose deadline has passed and that are not yet flagged.
alter table task add column accept_overdue boolean not null default false;
alter table task add column resolve_overdue boolean not null default false;
alter table task add column escalate_by timestamptz;

create index task_accept_due on task (accept_by)
    where status = 'ASSIGNED' and not accept_overdue;
create index task_resolve_due on task (resolve_by)
    where status in ('ASSIGNED', 'ACCEPTED', 'ESCALATED') and not resolve_overdue;
create index task_escalate_due on task (escalate_by)
    where status in ('ASSIGNED', 'ACCEPTED') and department is null;
