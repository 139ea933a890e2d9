package org.yibao.service.payment;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.yibao.service.BankGateway;

/**
 * The demo bank: pays every transfer at once, except to an account number ending in 4444, which it refuses as a
 * closed account (so that the 待拨付 path with a reason can be shown). Loaded only in the demo profile.
 */
@Component
@Profile("demo")
class DemoBankGateway implements BankGateway {

    static final String CLOSED_SUFFIX = "4444";
    private final AtomicLong serial = new AtomicLong();

    @Override
    public Outcome transfer(Transfer transfer) {
        if (transfer.accountNumber().endsWith(CLOSED_SUFFIX)) {
            return Outcome.refused("收款账户已销户，请核对银行账号");
        }
        return Outcome.paid("DEMO" + System.currentTimeMillis() % 1_000_000_000L + serial.incrementAndGet());
    }
}
