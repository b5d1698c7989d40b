-- An operator rejects an appeal (DUPLICATE, ABUSIVE, NOT_GOVERNMENT, OUTSIDE_DISTRICT); a duplicate names the
-- appeal it duplicates. Only an appeal that is not itself merged can take duplicates, so merges form no chains
-- and no cycles.
alter table task add column merged_into uuid;
