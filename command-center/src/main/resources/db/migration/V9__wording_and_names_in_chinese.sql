-- The feed keeps what an event says, not a sentence: its phrase (gridloop.events.wording.Phrase) and the facts the
-- sentence uses (a JSON object of strings), worded in the reader's language when it is read. Lines written before
-- keep their English words as the LEGACY phrase: the feed is the operators' recent history, not the record.
alter table feed_event add column phrase text, add column params text;
update feed_event set phrase = 'LEGACY', params = json_build_object('text', text)::text;
alter table feed_event alter column phrase set not null, alter column params set not null, drop column text;

-- A unit's and an appeal's grid name in the district's language, beside the English one.
alter table map_unit add column name_zh text;
alter table appeal_marker add column grid_name_zh text;
