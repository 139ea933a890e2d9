-- catalog: a replayed call sends the same signed headers again, its x-tif-timestamp with its nonce, and a call with
-- a timestamp outside the window is refused before its nonce is looked at. Keying spent nonces by (institution,
-- timestamp, nonce) therefore refuses exactly the replays that (institution, nonce) did, and every call's entry now
-- goes next to the latest ones: random nonces spread the inserts over the whole index, a page each to read and, after
-- a checkpoint, to write in full. Entries from before this version get the second they were seen as their timestamp;
-- they age out of the window within minutes.
ALTER TABLE catalog_tif_nonce ADD COLUMN sent_at BIGINT;
UPDATE catalog_tif_nonce SET sent_at = extract(epoch FROM seen_at)::BIGINT;
ALTER TABLE catalog_tif_nonce ALTER COLUMN sent_at SET NOT NULL;
ALTER TABLE catalog_tif_nonce DROP CONSTRAINT catalog_tif_nonce_pkey;
ALTER TABLE catalog_tif_nonce ADD PRIMARY KEY (paasid, sent_at, nonce);
