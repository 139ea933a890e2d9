package org.yibao.settlement.selfpay.alipay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.settlement.selfpay.CashOrderNotices;
import org.yibao.settlement.selfpay.CashPaymentChannel;

/**
 * 支付宝 as the 自费支付 channel, when {@code yibao.pay.alipay.app-id} is set and {@code yibao.pay.channel} is
 * {@code alipay} or unset (with WeChat Pay configured too, the choice is required): it then stands in front of the
 * demo channel too, so a demo with real application keys pays for real.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "yibao.pay.alipay", name = "app-id")
@ConditionalOnProperty(prefix = "yibao.pay", name = "channel", havingValue = "alipay", matchIfMissing = true)
@EnableConfigurationProperties(AlipayProperties.class)
class AlipayConfiguration {

    @Bean
    AlipayGateway alipayGateway(AlipayProperties properties) {
        return new AlipayGateway(properties);
    }

    @Bean
    @Primary
    CashPaymentChannel alipayCashPaymentChannel(AlipayGateway gateway) {
        return new AlipayCashPaymentChannel(gateway);
    }

    @Bean
    DirectEndpoint alipayNotifications(AlipayGateway gateway, CashOrderNotices notices) {
        return new AlipayNotifications(gateway, notices);
    }
}
