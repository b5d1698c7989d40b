-- The registry meets appeals: the facility a resident names, the building dispatch locates the point in.
alter table appeal add column facility_id uuid;
alter table appeal add column building_id text;
