-- A reporter's name and phone are erased a while after the appeal reached a final state (ContactDataRetention);
-- when it happened is kept, so an operator can tell "erased" from "never given".
alter table appeal add column reporter_contact_erased_at timestamptz;

-- The retention job's search: final appeals whose contact data is still there, oldest first.
create index appeal_contact_to_erase on appeal (updated_at)
    where reporter_contact_erased_at is null and status in ('CLOSED', 'REJECTED', 'WITHDRAWN');
