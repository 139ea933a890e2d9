-- identity: institution cashiers (收费员) as staff users; a cashier works for one institution and no region.

ALTER TABLE identity_staff ADD COLUMN institution_code VARCHAR(12) REFERENCES catalog_institution (code);
ALTER TABLE identity_staff DROP CONSTRAINT identity_staff_role_check;
ALTER TABLE identity_staff DROP CONSTRAINT identity_staff_check;
ALTER TABLE identity_staff ADD CONSTRAINT identity_staff_role_check CHECK (role IN ('CLERK', 'ADMIN', 'CASHIER'));
ALTER TABLE identity_staff ADD CONSTRAINT identity_staff_scope_check CHECK (
    (role = 'ADMIN' AND institution_code IS NULL)
    OR (role = 'CLERK' AND region_code IS NOT NULL AND institution_code IS NULL)
    OR (role = 'CASHIER' AND region_code IS NULL AND institution_code IS NOT NULL));
