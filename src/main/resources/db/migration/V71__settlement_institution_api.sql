-- settlement, institution API: identifiers, the message that uploaded each fee (2601 冲正 of a 2204), and the
-- approved 门诊慢特病 per person that 门诊慢特病 (med_type 14) settlement counts. The service module (issue 6) will own
-- the approvals and feed this table; until then the demo loader seeds it.

CREATE SEQUENCE settlement_id_seq;

ALTER TABLE settlement_fee ADD COLUMN upload_msgid VARCHAR(30);

CREATE TABLE settlement_chronic_qualification (
    person_id    BIGINT NOT NULL,
    disease_code VARCHAR(20) NOT NULL,
    approved_on  DATE NOT NULL,
    ended_on     DATE,
    PRIMARY KEY (person_id, disease_code)
);
