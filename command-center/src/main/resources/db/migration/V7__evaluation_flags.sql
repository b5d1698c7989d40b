-- Whether the appeal was responded to (accepted by its accept-by deadline) and whether its latest rating counts as
-- satisfied: decided in Java by the contract's rules (AppealAccepted.responded, AppealRated.isSatisfied) and
-- stored, so the counters count them and hold no copy of either rule. The rows already there are filled once.
alter table appeal_marker add column responded boolean not null default false,
                          add column satisfied boolean not null default false;
update appeal_marker set responded = coalesce(accepted_at <= accept_by, false),
                         satisfied = coalesce(satisfaction >= 4, false);
