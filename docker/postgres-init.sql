-- One database per service, each used by the service's own least-privilege role (docs/operating.md), as in the
-- embedded local run. Demo passwords: change them for anything but a demo.
\set ON_ERROR_STOP on
create role intake login password 'compose-intake' nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create role dispatch login password 'compose-dispatch' nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create role feedback login password 'compose-feedback' nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create role registry login password 'compose-registry' nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
create database intake;
create database dispatch;
create database feedback;
create database registry;
revoke all on database intake from public;
revoke all on database dispatch from public;
revoke all on database feedback from public;
revoke all on database registry from public;
grant connect, temporary on database intake to intake;
grant connect, temporary on database dispatch to dispatch;
grant connect, temporary on database feedback to feedback;
grant connect, temporary on database registry to registry;
\c intake
create schema intake authorization intake;
revoke create on schema public from public;
alter role intake in database intake set search_path = intake;
\c dispatch
create schema dispatch authorization dispatch;
revoke create on schema public from public;
alter role dispatch in database dispatch set search_path = dispatch;
\c feedback
create schema feedback authorization feedback;
revoke create on schema public from public;
alter role feedback in database feedback set search_path = feedback;
\c registry
create schema registry authorization registry;
revoke create on schema public from public;
alter role registry in database registry set search_path = registry;
