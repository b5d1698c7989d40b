-- Whether the appeal was accepted by its accept-by deadline, decided in Java by the contract's rule
-- (AppealAccepted.responded) and stored, so that the evaluation's functions count it and hold no copy of the rule.
-- The rows already there are filled once by the same rule.
alter table appeal_view add column responded boolean not null default false;
update appeal_view set responded = coalesce(accepted_at <= accept_by, false);
