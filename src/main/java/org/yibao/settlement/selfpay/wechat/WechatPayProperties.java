package org.yibao.settlement.selfpay.wechat;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 微信支付 (API v3) merchant settings, {@code yibao.pay.wechat.*}; the channel loads only when {@code merchant-id} is
 * set. Keys are read from files (PEM), never from the configuration itself, and never shown anywhere.
 *
 * @param appId                  the AppID the merchant number is bound to (公众号, 小程序 or 移动应用)
 * @param merchantId             商户号 (mchid)
 * @param merchantSerialNumber   the serial number of the merchant's API certificate
 * @param privateKeyPath         the merchant's API private key (apiclient_key.pem)
 * @param apiV3Key               the APIv3 key (32 characters) that decrypts notifications
 * @param publicKeyId            微信支付公钥 ID (PUB_KEY_ID_…), the serial the provider signs answers and notices with
 * @param publicKeyPath          微信支付公钥 (pub_key.pem)
 * @param notifyUrl              Yibao's public HTTPS address of {@code /pay/notify/wechat}, sent with every order
 * @param endpoint               the API's address, https://api.mch.weixin.qq.com unless set (a test stub)
 */
@ConfigurationProperties("yibao.pay.wechat")
public record WechatPayProperties(String appId, String merchantId, String merchantSerialNumber,
                                  String privateKeyPath, String apiV3Key, String publicKeyId, String publicKeyPath,
                                  String notifyUrl, @DefaultValue("https://api.mch.weixin.qq.com") URI endpoint) {
}
