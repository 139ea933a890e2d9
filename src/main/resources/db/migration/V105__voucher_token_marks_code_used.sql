-- voucher: a decoded QR code's nonce was written twice, as the code's used-mark and as the ecToken's reference to
-- it, in two rows with three foreign-key checks. Every used-mark has its token (both were written in the one
-- transaction that accepted the code, and tokens are never deleted), so the token's row, unique by the code's nonce,
-- is the used-mark now.
ALTER TABLE voucher_ec_token DROP CONSTRAINT voucher_ec_token_qr_nonce_fkey;
ALTER TABLE voucher_ec_token ADD CONSTRAINT voucher_ec_token_qr_nonce_key UNIQUE (qr_nonce);
DROP TABLE voucher_qr_used;
