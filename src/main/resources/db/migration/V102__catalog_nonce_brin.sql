-- catalog: spent nonces are inserted in time order by every signed call and deleted by age once a minute. A b-tree
-- on seen_at cost every call an index insert at its right edge; a BRIN index keeps a few bytes per block range,
-- costs inserts nothing and still lets the minutely delete skip what is young.
DROP INDEX catalog_tif_nonce_seen_idx;
CREATE INDEX catalog_tif_nonce_seen_idx ON catalog_tif_nonce USING brin (seen_at);
