-- An operator merged this appeal into another as a duplicate: the original is where its story goes on.
alter table appeal add column merged_into uuid;

-- The accounts that follow an appeal they did not submit: the reporter and the supporters of a duplicate merged
-- into it. A follower sees the appeal and its timeline, as its reporter does. Subjects, like appeal.reporter_sub,
-- never leave intake.
create table appeal_follower (
    appeal_id   uuid        not null references appeal (id),
    follower    text        not null,
    via         uuid        not null,
    followed_at timestamptz not null,
    primary key (appeal_id, follower)
);
create index appeal_follower_follower on appeal_follower (follower);
