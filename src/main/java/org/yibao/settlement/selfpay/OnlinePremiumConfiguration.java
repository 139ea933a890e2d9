package org.yibao.settlement.selfpay;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.yibao.insured.PremiumPayments;
import org.yibao.insured.TaxPaymentGateway;

/**
 * Resident premiums through the payment provider, when a real {@link CashPaymentChannel} is configured (微信支付,
 * 支付宝; not the demo channel, which collects at once): the provider then stands in front of the demo tax channel
 * too, as the WeChat channel stands in front of the demo 自费支付 channel. An auto-configuration, so that it is
 * judged after every channel the application's own configuration defines; {@code yibao.pay.premium-ttl} (30m) is
 * how long a premium's code can be paid.
 */
@AutoConfiguration
@Conditional(OnlinePremiumConfiguration.RealCashChannel.class)
public class OnlinePremiumConfiguration {

    @Bean
    @Primary
    TaxPaymentGateway onlinePremiumGateway(CashPaymentChannel channel, CashRefunds refunds, PremiumPayments payments,
                                           Clock clock,
                                           @Value("${yibao.pay.premium-ttl:30m}") Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalStateException("yibao.pay.premium-ttl must be more than 0 and at most 1d, not " + ttl);
        }
        return new OnlinePremiumGateway(channel, refunds, payments, clock, ttl);
    }

    /** Matches when a payment channel other than the demo one is defined. */
    static final class RealCashChannel implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            if (beans == null) {
                return false;
            }
            for (String name : beans.getBeanNamesForType(CashPaymentChannel.class, true, false)) {
                Class<?> type = beans.getType(name, false);
                if (type != null && !DemoCashPaymentChannel.class.isAssignableFrom(type)) {
                    return true;
                }
            }
            return false;
        }
    }
}
