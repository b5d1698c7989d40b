-- The command centre's sign-in sessions (page.SessionTokens): the tokens of a signed-in operator, named by a random
-- id that the session cookie carries. Signing out deletes the row, so a copy of the cookie kept from before signs in
-- no more. Rows past their end are deleted as new sessions start.
create table operator_session (
    id            text        primary key,
    id_token      text        not null,
    access_token  text,
    refresh_token text,
    expires_in    bigint,
    scope         text,
    ends_at       timestamptz not null
);
create index operator_session_end on operator_session (ends_at);
