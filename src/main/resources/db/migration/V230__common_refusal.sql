-- common: a refusal a statement raises when the outcome it checks is not the one the transaction may go on with
-- (a msgid answered before, a sign-in that is not open, a nonce spent before). RoundTrips turns it, and only it,
-- into one business exception carrying the code, so that no caller has to tell outcomes apart by SQLSTATE or by
-- the name of a constraint. Used where the statement travels with the commit in one round trip (docs/adr/0006).
CREATE FUNCTION yibao_refuse(p_code VARCHAR) RETURNS BOOLEAN
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'YB000', MESSAGE = p_code;
END
$$;

-- settlement: the sign-in check of stored answers is now part of the statement that stores them (FsiMessages).
DROP FUNCTION settlement_require_open_signin(VARCHAR, VARCHAR);
