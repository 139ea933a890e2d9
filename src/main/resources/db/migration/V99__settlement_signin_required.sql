-- settlement: a call's answer is stored only while the sign-in (9001) it names is open. The answer now travels with
-- the transaction's commit, in the same round trip, so a closed sign-in has to fail that statement — and with it
-- the whole transaction — instead of quietly storing nothing.
CREATE FUNCTION settlement_require_open_signin(p_sign_no VARCHAR, p_institution VARCHAR) RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM settlement_signin
                   WHERE sign_no = p_sign_no AND institution_code = p_institution AND signed_out_at IS NULL) THEN
        RAISE EXCEPTION 'sign-in % of institution % is not open', p_sign_no, p_institution USING ERRCODE = 'YBS01';
    END IF;
    RETURN TRUE;
END
$$;
