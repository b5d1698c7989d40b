-- How a rating came: APP, LINK (the "please rate" message's link) or CALLBACK (given to the hotline on a return visit).
alter table rating add column source text;

-- The rating links used, each by the SHA-256 of its token (never the token): a second use is refused (410).
create table rating_link_used (
    fingerprint text        primary key,
    appeal_id   uuid        not null,
    used_at     timestamptz not null
);
