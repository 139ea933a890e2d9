-- Counted allowances shared by every node: request throttles per client address and overall, and attempt limits
-- (passwords compared per window). A use is taken by one conditional upsert before the work it limits.
CREATE TABLE common_allowance (
    allowance_key VARCHAR(160) NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    taken         INT NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (allowance_key, window_start)
);
CREATE INDEX common_allowance_end_idx ON common_allowance (window_end);
