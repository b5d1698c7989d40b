-- What the resident reported and where, kept from the submission so the one who holds the task (a grid worker, a
-- department, an operator) can find the problem and go there without asking another service.
alter table task add column description text;
alter table task add column latitude double precision;
alter table task add column longitude double precision;
alter table task add column address text;
alter table task add column media_urls text;
alter table task add column channel text;
