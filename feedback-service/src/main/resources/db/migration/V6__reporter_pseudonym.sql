-- The reporter as intake's events name it: a pseudonym of the submitting account (never the account or
-- contact data). A rating is accepted only from the account with the same pseudonym.
alter table appeal_view add column reporter_ref text;
