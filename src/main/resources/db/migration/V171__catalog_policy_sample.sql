-- 政策咨询: articles that are examples written for the demo, not published documents, say so everywhere.
ALTER TABLE catalog_policy ADD COLUMN sample BOOLEAN NOT NULL DEFAULT FALSE;
