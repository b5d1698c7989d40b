-- Who handled it, as the last closure report says (the reporter's name from the token, never from the body), so that
-- the answers show it: the appeal's handler is the city's record of its work (docs/data-protection.md).
alter table appeal_view add column handled_by text;
update appeal_view r set handled_by = c.handled_by
    from closure c where c.appeal_id = r.appeal_id and c.round = r.closure_round;
