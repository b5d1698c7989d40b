-- Who submitted the appeal: the token's subject (a resident, or the hotline agent who recorded it). "Own data
-- only" compares it with the caller; it never leaves intake (events carry a pseudonym).
alter table appeal add column reporter_sub text;
create index appeal_reporter_sub on appeal (reporter_sub, submitted_at desc);

-- "Me too" counts a resident once per appeal.
create table appeal_supporter (
    appeal_id    uuid not null references appeal (id),
    supporter    text not null,
    supported_at timestamptz not null,
    primary key (appeal_id, supporter)
);
