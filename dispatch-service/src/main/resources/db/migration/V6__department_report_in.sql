-- Report-in (报到): the department an appeal is escalated to acknowledges it within its category's report-in
-- window (2 hours unless the category says otherwise); a miss is announced once, like the other deadlines.
alter table category_sla add column report_in_within_minutes integer not null default 120;

alter table task add column report_in_by timestamptz;
alter table task add column reported_in_at timestamptz;
alter table task add column report_in_overdue boolean not null default false;

create index task_report_in_due on task (report_in_by)
    where status = 'ESCALATED' and reported_in_at is null and not report_in_overdue;
