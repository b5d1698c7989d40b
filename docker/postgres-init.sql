-- One database per service, as in the embedded local run.
create database intake;
create database dispatch;
create database feedback;
