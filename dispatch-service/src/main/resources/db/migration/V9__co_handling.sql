-- Co-handling (协办): a lead department (task.department) and assisting departments, each with its own report-in
-- clock and its part to report. The closure is the lead's.
alter table task add column assisting text;

create table task_assist (
    appeal_id         uuid        not null references task (appeal_id),
    department        text        not null references department (code),
    report_in_by      timestamptz not null,
    reported_in_at    timestamptz,
    report_in_overdue boolean     not null default false,
    part              text,
    part_reported_at  timestamptz,
    primary key (appeal_id, department)
);
create index task_assist_report_in_due on task_assist (report_in_by)
    where reported_in_at is null and not report_in_overdue;
