-- settlement: a live 门诊/住院号 is unique per institution, enforced by the database rather than by a check before
-- the insert (two simultaneous registrations with the same number could both pass that check). The msgid lookups
-- (2601) are indexed by the msgid alone: it starts with the institution code anyway. Indexes led by the institution
-- code alone let a cached generic plan, made while every 门诊号 was still empty, read all of an institution's visits
-- for each registration.

DROP INDEX settlement_visit_number_idx;
CREATE UNIQUE INDEX settlement_visit_live_number_idx ON settlement_visit (institution_code, ipt_otp_no)
    WHERE status <> 'CANCELLED';

DROP INDEX settlement_visit_msgid_idx;
CREATE INDEX settlement_visit_msgid_idx ON settlement_visit (created_msgid);

DROP INDEX settlement_settlement_msgid_idx;
CREATE INDEX settlement_settlement_msgid_idx ON settlement_settlement (medins_setl_id);
