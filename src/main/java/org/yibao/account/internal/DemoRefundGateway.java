package org.yibao.account.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.yibao.account.RefundGateway;

/**
 * The demo bank: pays every 清退 at once, except to an account number ending in 0000, which it refuses as a bank
 * would refuse an account that does not exist.
 */
@Component
@Profile("demo")
class DemoRefundGateway implements RefundGateway {

    @Override
    public Outcome submit(RefundOrder order) {
        if (order.accountNumber().endsWith("0000")) {
            return Outcome.failed("收款账户不存在或已销户，请核对银行账号");
        }
        return Outcome.ok();
    }
}
