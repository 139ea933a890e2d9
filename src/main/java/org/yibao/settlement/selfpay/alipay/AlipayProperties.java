package org.yibao.settlement.selfpay.alipay;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 支付宝开放平台 settings of the 自费支付 channel, {@code yibao.pay.alipay.*}; the channel loads only when {@code app-id}
 * is set. RSA2 in the public-key mode (公钥模式, no certificates). Keys are read from files, never from the
 * configuration itself, and never shown anywhere.
 *
 * @param appId               the application's APPID on the Alipay open platform
 * @param privateKeyPath      the application's RSA2 private key (应用私钥, PKCS#8, PEM or the bare base64 text the
 *                            Alipay key tool writes)
 * @param alipayPublicKeyPath 支付宝公钥 (PEM or bare base64), which verifies answers and notifications
 * @param notifyUrl           Yibao's public HTTPS address of {@code /pay/notify/alipay}, sent with every order
 * @param endpoint            the gateway, https://openapi.alipay.com/gateway.do unless set (a test stub)
 */
@ConfigurationProperties("yibao.pay.alipay")
public record AlipayProperties(String appId, String privateKeyPath, String alipayPublicKeyPath, String notifyUrl,
                               @DefaultValue("https://openapi.alipay.com/gateway.do") URI endpoint) {
}
