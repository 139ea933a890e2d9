-- When the last e-voucher password try was taken: five tries taken and never judged (a node stopped between
-- taking a try and comparing) stop counting after a while instead of blocking the e-voucher for good.
ALTER TABLE voucher_evoucher ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
