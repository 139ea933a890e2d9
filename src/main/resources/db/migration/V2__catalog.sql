-- catalog: pooling regions (统筹区) and designated medical institutions (定点医药机构).

CREATE TABLE catalog_pooling_region (
    code          VARCHAR(6) PRIMARY KEY,
    name          VARCHAR(40) NOT NULL,
    province_code VARCHAR(6) NOT NULL,
    province_name VARCHAR(20) NOT NULL,
    agency_code   VARCHAR(6) NOT NULL,
    agency_name   VARCHAR(60) NOT NULL
);

CREATE TABLE catalog_institution (
    code        VARCHAR(12) PRIMARY KEY,
    name        VARCHAR(80) NOT NULL,
    region_code VARCHAR(6) NOT NULL REFERENCES catalog_pooling_region (code),
    kind        VARCHAR(10) NOT NULL CHECK (kind IN ('HOSPITAL', 'PHARMACY')),
    level       SMALLINT CHECK (level BETWEEN 1 AND 3),
    address     VARCHAR(120),
    phone       VARCHAR(20),
    cross_province_settlement BOOLEAN NOT NULL DEFAULT TRUE,
    CHECK ((kind = 'PHARMACY') = (level IS NULL))
);
CREATE INDEX catalog_institution_region_idx ON catalog_institution (region_code, kind, level);
