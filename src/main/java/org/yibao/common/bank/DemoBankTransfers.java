package org.yibao.common.bank;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 演示银行（仅 demo profile 装载，不动资金）：每笔转账立即付款，但拒绝尾号 4444 的账户（已销户，用于演示零星报销、
 * 生育津贴退回待拨付）和尾号 0000 的账户（账户不存在，用于演示转移接续清退的更正与重新拨付）。
 */
@Component
@Profile("demo")
class DemoBankTransfers implements BankTransfers {

    private final AtomicLong serial = new AtomicLong();

    @Override
    public Outcome transfer(Transfer transfer) {
        if (transfer.accountNumber().endsWith("4444")) {
            return Outcome.refused("收款账户已销户，请核对银行账号");
        }
        if (transfer.accountNumber().endsWith("0000")) {
            return Outcome.refused("收款账户不存在或已销户，请核对银行账号");
        }
        return Outcome.paid("DEMO" + System.currentTimeMillis() % 1_000_000_000L + serial.incrementAndGet());
    }
}
