-- Whether the appeal counts in the evaluation at all (not withdrawn, not rejected, not merged into another), decided
-- in Java by the contract's rule (AppealStatus.countsInEvaluation) and stored, so that the evaluation's functions and
-- the department figures count it and hold no copy of the rule. The rows already there are filled once.
alter table appeal_view add column counted boolean not null default false;
update appeal_view set counted = status not in ('REJECTED', 'WITHDRAWN') and merged_into is null;
