-- Send-back (退回): a department answers "not ours" and the task waits in the operators' queue. The count says
-- whether the appeal is disputed (sent back more than once).
alter table task add column send_backs integer not null default 0;
alter table task add column disputed boolean not null default false;
