-- 认定病种 of each assessing hospital: a general hospital assesses every disease its region offers
-- (all_diseases); a specialist one (肿瘤医院, 骨科医院, 儿童医院…) only the diseases listed for it. The lists kept
-- until now stay as they were: every hospital on them assesses every disease.
ALTER TABLE service_chronic_hospital ADD COLUMN all_diseases BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE service_chronic_hospital_disease (
    region_code    VARCHAR(6) NOT NULL,
    hospital_code  VARCHAR(12) NOT NULL,
    disease_code   VARCHAR(6) NOT NULL REFERENCES catalog_chronic_disease (code),
    PRIMARY KEY (region_code, hospital_code, disease_code),
    FOREIGN KEY (region_code, hospital_code) REFERENCES service_chronic_hospital (region_code, hospital_code)
        ON DELETE CASCADE
);
