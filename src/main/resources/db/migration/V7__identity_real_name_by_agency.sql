-- identity: an account can also be linked to its person by an agency clerk who reviewed the person's identity
-- documents (城乡居民参保登记 for oneself, approved at the counter's standard).
ALTER TABLE identity_account DROP CONSTRAINT identity_account_real_name_method_check;
ALTER TABLE identity_account ALTER COLUMN real_name_method TYPE VARCHAR(16);
ALTER TABLE identity_account ADD CONSTRAINT identity_account_real_name_method_check
    CHECK (real_name_method IN ('EVOUCHER', 'SOCIAL_CARD', 'AGENCY_REVIEW'));
