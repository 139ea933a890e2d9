-- 城乡居民缴费 through a payment provider (微信支付, 支付宝) behind the tax channel: which provider opened the payment,
-- the code the citizen pays with and until when. The provider's transaction number (up to 64 characters) is kept
-- in channel_reference.
ALTER TABLE insured_premium_payment ADD COLUMN provider VARCHAR(20);
ALTER TABLE insured_premium_payment ADD COLUMN payment_url VARCHAR(512);
ALTER TABLE insured_premium_payment ADD COLUMN payment_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE insured_premium_payment ALTER COLUMN channel_reference TYPE VARCHAR(64);
