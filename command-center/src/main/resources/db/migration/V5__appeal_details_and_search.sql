-- What the resident reported, from the submission, so the operator's details say what and where: description,
-- address, photos, the channel it came through; and how many residents support it ("me too").
alter table appeal_marker add column description text;
alter table appeal_marker add column address text;
alter table appeal_marker add column media_urls text;
alter table appeal_marker add column channel text;
alter table appeal_marker add column supporters integer not null default 0;
-- The operator searches by reference (as the resident or the hotline reads it out), in any case.
create index appeal_marker_reference on appeal_marker (upper(reference));
