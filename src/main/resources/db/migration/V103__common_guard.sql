-- common: a guard lets a check travel with the commit. A statement that would be checked after it is sent (a visit
-- number already in use, an item already uploaded) is sent instead in a form that fails in the database when the
-- check would refuse, so the commit can go in the same round trip; the caller then learns the refusal's own words by
-- running the work again with the check judged first (RoundTrips.carefully).
CREATE FUNCTION common_guard(p_ok BOOLEAN) RETURNS BOOLEAN
    LANGUAGE plpgsql AS $$
BEGIN
    IF p_ok IS NOT TRUE THEN
        RAISE EXCEPTION 'a guarded check refuses' USING ERRCODE = 'YBG01';
    END IF;
    RETURN TRUE;
END
$$;
