-- service: a claim the agency cancels after approval (e.g. the bank refused the transfer and the account cannot be
-- corrected) keeps its payment order as 已取消 (CANCELLED) instead of 待拨付, so that it is never sent again; its
-- settlement is reversed at the same time.
ALTER TABLE service_payment_order DROP CONSTRAINT IF EXISTS service_payment_order_status_check;
ALTER TABLE service_payment_order ALTER COLUMN status TYPE VARCHAR(10);
ALTER TABLE service_payment_order ADD CONSTRAINT service_payment_order_status_check
    CHECK (status IN ('PENDING', 'SENDING', 'PAID', 'CANCELLED'));
