-- catalog: items no personal account may pay (seed 002: 个人账户资金不得用于公共卫生费用、体育健身或养生保健消费),
-- neither the person's own nor a relative's through 家庭共济. They lie outside the basic insurance's scope, so only a
-- 丙类 item can carry the flag: the fund pays nothing of it and its whole total is the person's part.

ALTER TABLE catalog_medical_item ADD COLUMN account_barred BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE catalog_medical_item ADD CONSTRAINT catalog_medical_item_account_barred_class
    CHECK (NOT account_barred OR item_class = 'C');
