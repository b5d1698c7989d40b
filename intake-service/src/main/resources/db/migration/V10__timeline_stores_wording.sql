-- The timeline keeps what an event says, not a sentence: its phrase (gridloop.events.wording.Phrase) and the facts
-- the sentence uses, as a JSON object of strings. It is worded in the reader's language when an answer is made.
-- The rows written before stored English sentences; each is read back into its phrase and facts here. A sentence no
-- pattern reads keeps its words as the LEGACY phrase.
alter table appeal_timeline add column phrase text, add column params text;

create function pg_temp.words(sentence text, pattern text) returns text[] language sql immutable
    as $$ select regexp_match(sentence, pattern) $$;
-- 'not our jurisdiction' → NOT_OUR_JURISDICTION: the old sentences wrote codes this way.
create function pg_temp.code(readable text) returns text language sql immutable
    as $$ select upper(replace(readable, ' ', '_')) $$;

update appeal_timeline set phrase = 'SUBMITTED',
        params = json_build_object('reference', (pg_temp.words(text, '^Appeal (\S+) received$'))[1])::text
    where phrase is null and text ~ '^Appeal (\S+) received$';
update appeal_timeline set phrase = 'WITHDRAWN', params = '{}'
    where phrase is null and text = 'Withdrawn by the resident';
update appeal_timeline set phrase = 'WAITING', params = json_build_object('grid.en',
        (pg_temp.words(text, '^Waiting for the command centre to assign it \(grid (.*)\)$'))[1])::text
    where phrase is null and text ~ '^Waiting for the command centre to assign it \(grid (.*)\)$';
update appeal_timeline set phrase = 'ASSIGNED', params = json_build_object(
        'worker', (pg_temp.words(text, '^Assigned to grid worker (.*) \((.*)\)$'))[1],
        'grid.en', (pg_temp.words(text, '^Assigned to grid worker (.*) \((.*)\)$'))[2])::text
    where phrase is null and text ~ '^Assigned to grid worker (.*) \((.*)\)$';
update appeal_timeline set phrase = 'ACCEPTED', params = '{}'
    where phrase is null and text = 'The grid worker is on site';
update appeal_timeline set phrase = 'ESCALATED_AUTOMATICALLY', params = json_build_object('departmentName',
        (pg_temp.words(text, '^Passed to (.*) \(deadline missed\)$'))[1])::text
    where phrase is null and text ~ '^Passed to (.*) \(deadline missed\)$';
update appeal_timeline set phrase = 'ESCALATED',
        params = json_build_object('departmentName', (pg_temp.words(text, '^Passed to (.*)$'))[1])::text
    where phrase is null and text ~ '^Passed to (.*)$';
update appeal_timeline set phrase = 'MOVED',
        params = json_build_object('grid.en', (pg_temp.words(text, '^Moved to grid (.*)$'))[1])::text
    where phrase is null and text ~ '^Moved to grid (.*)$';
update appeal_timeline set phrase = 'REASSIGNED',
        params = json_build_object('worker', (pg_temp.words(text, '^Reassigned to (.*)$'))[1])::text
    where phrase is null and text ~ '^Reassigned to (.*)$';
update appeal_timeline set phrase = 'OVERDUE_ACCEPT', params = '{}'
    where phrase is null and text = 'Overdue: the deadline to accept passed';
update appeal_timeline set phrase = 'OVERDUE_RESOLVE', params = '{}'
    where phrase is null and text = 'Overdue: the deadline to resolve passed';
-- "reported in at 10:12" wrote the time of the event itself.
update appeal_timeline set phrase = 'REPORTED_IN', params = json_build_object(
        'departmentName', (pg_temp.words(text, '^(.*) reported in at \d\d:\d\d$'))[1],
        'at', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text
    where phrase is null and event_type = 'gridloop.appeal.reported-in.v1' and text ~ '^(.*) reported in at \d\d:\d\d$';
update appeal_timeline set phrase = 'PART_REPORTED', params = json_build_object(
        'departmentName', (pg_temp.words(text, '^(.*?) reported its part: (.*)$'))[1],
        'summary', (pg_temp.words(text, '^(.*?) reported its part: (.*)$'))[2])::text
    where phrase is null and text ~ '^(.*?) reported its part: (.*)$';
update appeal_timeline set phrase = 'RECATEGORIZED', params = json_build_object(
        'from', pg_temp.code((pg_temp.words(text, '^Category corrected from (.*?) to (.*?) \((.*)\)$'))[1]),
        'to', pg_temp.code((pg_temp.words(text, '^Category corrected from (.*?) to (.*?) \((.*)\)$'))[2]),
        'reason', (pg_temp.words(text, '^Category corrected from (.*?) to (.*?) \((.*)\)$'))[3])::text
    where phrase is null and text ~ '^Category corrected from (.*?) to (.*?) \((.*)\)$';
update appeal_timeline set phrase = case when text like '%. Disputed: %' then 'SENT_BACK_DISPUTED' else 'SENT_BACK' end,
    params = json_strip_nulls(json_build_object(
        'departmentName', (pg_temp.words(text, '^(.*?) sent it back: ([a-z ]+?)(?: \((.*)\))?\. (?:Disputed|The command centre)'))[1],
        'reason', pg_temp.code((pg_temp.words(text, '^(.*?) sent it back: ([a-z ]+?)(?: \((.*)\))?\. (?:Disputed|The command centre)'))[2]),
        'note', (pg_temp.words(text, '^(.*?) sent it back: ([a-z ]+?)(?: \((.*)\))?\. (?:Disputed|The command centre)'))[3]))::text
    where phrase is null and text ~ '^(.*?) sent it back: ([a-z ]+?)(?: \((.*)\))?\. (?:Disputed|The command centre)';
update appeal_timeline set phrase = 'REJECTED', params = json_strip_nulls(json_build_object(
        'reason', (pg_temp.words(text, '^Rejected: (\S+)(?: \((.*)\))?$'))[1],
        'detail', (pg_temp.words(text, '^Rejected: (\S+)(?: \((.*)\))?$'))[2]))::text
    where phrase is null and text ~ '^Rejected: (\S+)(?: \((.*)\))?$';
update appeal_timeline set phrase = 'RESOLVED_NOT_FIXABLE', params = json_strip_nulls(json_build_object(
        'reason', (pg_temp.words(text, '^Cannot be fixed(?: \((.*?)\))?: (.*)$'))[1],
        'resolution', (pg_temp.words(text, '^Cannot be fixed(?: \((.*?)\))?: (.*)$'))[2]))::text
    where phrase is null and text ~ '^Cannot be fixed(?: \((.*?)\))?: (.*)$';
update appeal_timeline set phrase = 'RESOLVED_NOT_RESPONSIBLE', params = json_build_object('resolution',
        (pg_temp.words(text, '^Not the district''s responsibility: (.*)$'))[1])::text
    where phrase is null and text ~ '^Not the district''s responsibility: (.*)$';
update appeal_timeline set phrase = 'RESOLVED',
        params = json_build_object('resolution', (pg_temp.words(text, '^Handled: (.*)$'))[1])::text
    where phrase is null and text ~ '^Handled: (.*)$';
update appeal_timeline set phrase = 'RATED_FIXED',
        params = json_build_object('satisfaction', (pg_temp.words(text, '^Rated (\d)/5, fixed$'))[1])::text
    where phrase is null and text ~ '^Rated (\d)/5, fixed$';
update appeal_timeline set phrase = 'RATED_NOT_FIXED',
        params = json_build_object('satisfaction', (pg_temp.words(text, '^Rated (\d)/5, not fixed$'))[1])::text
    where phrase is null and text ~ '^Rated (\d)/5, not fixed$';
update appeal_timeline set phrase = 'REOPENED', params = '{}'
    where phrase is null and text = 'Reopened: the resident said it is not fixed';
update appeal_timeline set phrase = 'CLOSED_BY_TIMEOUT', params = '{}'
    where phrase is null and text = 'Closed automatically (no rating in time)';
update appeal_timeline set phrase = 'CLOSED_WITH_ORIGINAL', params = json_build_object('mergedInto',
        (pg_temp.words(text, '^Closed together with (\S+), the appeal it duplicated$'))[1])::text
    where phrase is null and text ~ '^Closed together with (\S+), the appeal it duplicated$';
update appeal_timeline set phrase = 'CLOSED', params = '{}' where phrase is null and text = 'Closed';
-- What no pattern reads (a co-handling, which named departments only by their English names; a report-in
-- overdue, whose due time was written without its date) keeps its words.
update appeal_timeline set phrase = 'LEGACY', params = json_build_object('text', text)::text where phrase is null;

alter table appeal_timeline alter column phrase set not null, alter column params set not null, drop column text;

-- A grid's name in the district's language, beside the English one the appeal has always kept.
alter table appeal add column grid_name_zh text;
