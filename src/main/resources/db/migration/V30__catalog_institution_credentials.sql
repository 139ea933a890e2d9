-- catalog: the secret each 定点医药机构 signs its interface calls with (x-tif-* headers), and the nonces already
-- seen inside the time window, so that a captured request cannot be replayed.

CREATE TABLE catalog_institution_credential (
    institution_code VARCHAR(12) PRIMARY KEY REFERENCES catalog_institution (code),
    token            VARCHAR(200) NOT NULL,
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE catalog_tif_nonce (
    paasid  VARCHAR(12) NOT NULL,
    nonce   VARCHAR(64) NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (paasid, nonce)
);
CREATE INDEX catalog_tif_nonce_seen_idx ON catalog_tif_nonce (seen_at);
