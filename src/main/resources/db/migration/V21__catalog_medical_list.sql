-- catalog: the medical list (医保目录) the settlement engine prices fee items with, and a name index for the
-- institution search. Amounts in fen, shares in basis points (1000 = 10 %): never floating point.

CREATE TABLE catalog_medical_item (
    code              VARCHAR(30) PRIMARY KEY,            -- med_list_codg (national-style code)
    name              VARCHAR(100) NOT NULL,
    category          VARCHAR(12) NOT NULL CHECK (category IN ('DRUG', 'CONSUMABLE', 'SERVICE')),
    subcategory       VARCHAR(40) NOT NULL,               -- 化学药品, 中成药, 医用耗材 groups, 诊疗项目 groups
    item_class        CHAR(1) NOT NULL CHECK (item_class IN ('A', 'B', 'C')),  -- 甲 / 乙 / 丙 (chrgitm_lv 01/02/03)
    specification     VARCHAR(80),
    unit              VARCHAR(10) NOT NULL,
    manufacturer      VARCHAR(80),
    price_fen         BIGINT NOT NULL CHECK (price_fen >= 0),
    price_cap_fen     BIGINT CHECK (price_cap_fen >= 0),   -- 最高支付限价; none for 丙类
    prepaid_share_bp  INT NOT NULL DEFAULT 0 CHECK (prepaid_share_bp BETWEEN 0 AND 10000),  -- 先行自付比例
    valid_from        DATE NOT NULL,
    valid_to          DATE,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK (item_class = 'B' OR prepaid_share_bp = 0)
);
CREATE INDEX catalog_medical_item_category_idx ON catalog_medical_item (category, name, code);

CREATE INDEX catalog_institution_order_idx ON catalog_institution (region_code, kind, level DESC, code);
