package org.yibao.settlement.selfpay.wechat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.settlement.selfpay.CashOrderNotices;
import org.yibao.settlement.selfpay.CashPaymentChannel;

/**
 * 微信支付 as the 自费支付 channel, when {@code yibao.pay.wechat.merchant-id} is set and {@code yibao.pay.channel} is
 * {@code wechat} or unset (with Alipay configured too, the choice is required): it then stands in front of the demo
 * channel too, so a demo with real merchant keys pays for real.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "yibao.pay.wechat", name = "merchant-id")
@ConditionalOnProperty(prefix = "yibao.pay", name = "channel", havingValue = "wechat", matchIfMissing = true)
@EnableConfigurationProperties(WechatPayProperties.class)
class WechatPayConfiguration {

    @Bean
    WechatPayClient wechatPayClient(WechatPayProperties properties) {
        return new WechatPayClient(properties);
    }

    @Bean
    @Primary
    CashPaymentChannel wechatCashPaymentChannel(WechatPayClient client) {
        return new WechatCashPaymentChannel(client);
    }

    @Bean
    DirectEndpoint wechatPayNotifications(WechatPayClient client, CashOrderNotices notices) {
        return new WechatPayNotifications(client, notices);
    }
}
