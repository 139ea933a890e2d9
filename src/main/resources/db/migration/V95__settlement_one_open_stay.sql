-- A person is in one hospital at a time: at most one stay admitted or discharged and not yet settled, whichever
-- institution admitted it. Two simultaneous admissions of the same person cannot both succeed.
CREATE UNIQUE INDEX settlement_visit_one_open_stay_idx ON settlement_visit (person_id)
    WHERE status IN ('IN_HOSPITAL', 'DISCHARGED');
