package org.yibao.settlement.selfpay;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stands in for a payment service until a real one is connected: it collects at once and refunds at once, and no
 * money moves. The same request key gives the same reference. Demo profile only.
 */
@Component
@Profile("demo")
class DemoCashPaymentChannel implements CashPaymentChannel {

    private static final Logger log = LoggerFactory.getLogger(DemoCashPaymentChannel.class);

    @Override
    public String name() {
        return "DEMO";
    }

    @Override
    public Started start(ChannelOrder order, String requestKey) {
        String reference = "DEMO" + UUID.nameUUIDFromBytes(requestKey.getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        log.info("Demo payment channel collected {} for order {}", order.amount(), order.orderNo());
        return Started.collected(reference);
    }

    @Override
    public RefundResult refund(ChannelOrder order) {
        log.info("Demo payment channel refunded {} for order {}", order.amount(), order.orderNo());
        return RefundResult.done("DEMO");
    }
}
