package org.yibao.insured.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.yibao.insured.PaymentOrder;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.TaxPaymentGateway;

/**
 * Stands in for the tax system until a real one is connected: it collects every order about 1.5 s later on its own
 * thread and reports back like a real channel would, through {@link PremiumPayments#confirm}. No money moves.
 * Demo profile only.
 */
@Component
@Profile("demo")
class DemoTaxPaymentGateway implements TaxPaymentGateway, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoTaxPaymentGateway.class);
    private static final Duration DELAY = Duration.ofMillis(1500);

    private final PremiumPayments payments;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-tax-gateway");
        t.setDaemon(true);
        return t;
    });

    DemoTaxPaymentGateway(PremiumPayments payments) {
        this.payments = payments;
    }

    @Override
    public void submit(PaymentOrder order) {
        log.info("Demo tax system received {}", order);
        scheduler.schedule(() -> collect(order), DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void collect(PaymentOrder order) {
        try {
            payments.confirm(order.paymentId(), "SW" + order.orderNumber());
        } catch (RuntimeException e) {
            log.warn("Demo tax system could not report {}", order, e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
