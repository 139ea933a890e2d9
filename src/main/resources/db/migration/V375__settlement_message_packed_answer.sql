-- settlement: a stored answer is kept packed (docs/adr/0010): its UTF-8 deflated against a dictionary of FSI answers,
-- about a quarter of its size. PostgreSQL compresses only rows above about 2 kB, and a 2207 answer of 1.9 kB was
-- written to the WAL in full with every settlement. Answers stored before keep their text in response; every answer
-- stored from now on has response_packed instead (FsiAnswers reads either). Adding a nullable column and dropping a
-- NOT NULL change only the catalog.
ALTER TABLE settlement_message ADD COLUMN response_packed BYTEA;
ALTER TABLE settlement_message ALTER COLUMN response DROP NOT NULL;
