-- 自费支付 through an asynchronous channel (WeChat Pay, Alipay): the order is started with the channel, which answers
-- a payment URL (a QR code's content) the citizen opens in the app; the provider's signed notification then marks
-- the order paid. The URL is kept so that a second 立即支付 shows the same code instead of starting anew.
alter table settlement_cash_order add column payment_url varchar(512);
alter table settlement_cash_order add check (payment_url is null or channel is not null);
