-- service: 职工医保关系转移接续. The old region reviews and issues the 参保缴费凭证, then the application is handed
-- to the receiving region, which accepts it; the account moves on acceptance.

-- The workflow's type list lives in the code (ApplicationType); the table only keeps the shape of a name, so that
-- a new application type needs no change here.
ALTER TABLE service_application DROP CONSTRAINT IF EXISTS service_application_type_check;
ALTER TABLE service_application ADD CONSTRAINT service_application_type_check CHECK (type ~ '^[A-Z_]{1,20}$');

CREATE TABLE service_transfer (
    application_id       BIGINT PRIMARY KEY REFERENCES service_application (id),
    person_id            BIGINT NOT NULL REFERENCES insured_person (id),
    from_region          VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    to_region            VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    stage                VARCHAR(12) NOT NULL CHECK (stage IN ('OUT_REVIEW', 'IN_REVIEW', 'DONE', 'CLOSED')),
    voucher_issued_by    VARCHAR(80),
    voucher_issued_at    TIMESTAMP WITH TIME ZONE,
    balance_at_issue_fen BIGINT CHECK (balance_at_issue_fen >= 0),
    contribution_months  INT CHECK (contribution_months >= 0),
    accepted_by          VARCHAR(80),
    accepted_at          TIMESTAMP WITH TIME ZONE,
    moved_fen            BIGINT CHECK (moved_fen >= 0),
    CHECK (from_region <> to_region)
);
-- one open transfer per insurance relationship, whatever the requests racing for it
CREATE UNIQUE INDEX service_transfer_one_open ON service_transfer (person_id, from_region)
    WHERE stage IN ('OUT_REVIEW', 'IN_REVIEW');
