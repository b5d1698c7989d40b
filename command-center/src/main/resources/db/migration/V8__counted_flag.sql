-- Whether the appeal was merged into another as its duplicate, and whether it counts in the evaluation's figures at
-- all (not withdrawn, not rejected, not merged): decided in Java by the contract's rule
-- (AppealStatus.countsInEvaluation) and stored, so the counters hold no copy of it. A marker made before this column
-- existed has no record of a merge (the map never kept one): it is counted as before, by its status.
alter table appeal_marker add column merged boolean not null default false,
                          add column counted boolean not null default false;
update appeal_marker set counted = status not in ('REJECTED', 'WITHDRAWN');
