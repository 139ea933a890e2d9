-- settlement: settling a visit changes only its status. While an index named the status (in the predicates of the
-- open-stay and live-number indexes) every such update wrote a new entry into each of the visit's indexes. The two
-- predicates now read stored generated columns that settling does not change, and pages keep room, so the update
-- stays on its page (a HOT update) and touches no index.

ALTER TABLE settlement_visit
    ADD COLUMN cancelled BOOLEAN GENERATED ALWAYS AS (status = 'CANCELLED') STORED,
    ADD COLUMN open_stay BOOLEAN GENERATED ALWAYS AS (status IN ('IN_HOSPITAL', 'DISCHARGED')) STORED;

DROP INDEX settlement_visit_live_number_idx;
CREATE UNIQUE INDEX settlement_visit_live_number_idx ON settlement_visit (institution_code, ipt_otp_no)
    WHERE NOT cancelled;

DROP INDEX settlement_visit_one_open_stay_idx;
CREATE UNIQUE INDEX settlement_visit_one_open_stay_idx ON settlement_visit (person_id) WHERE open_stay;

ALTER TABLE settlement_visit SET (fillfactor = 70);
