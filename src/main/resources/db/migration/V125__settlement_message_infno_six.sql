-- settlement: infno is up to six characters (national variants such as 2203A, API.md §1). Widening a varchar only
-- changes the catalog: the table is not rewritten.
ALTER TABLE settlement_message ALTER COLUMN infno TYPE VARCHAR(6);
