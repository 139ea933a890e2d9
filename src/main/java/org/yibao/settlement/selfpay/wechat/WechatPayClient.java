package org.yibao.settlement.selfpay.wechat;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.refund.RefundService;

/**
 * The official WeChat Pay SDK set up once from {@link WechatPayProperties}: requests signed with the merchant's key,
 * answers and notifications verified with 微信支付公钥 (the public-key mode, which needs no certificate download),
 * notifications decrypted with the APIv3 key.
 */
final class WechatPayClient {

    private final NativePayService nativePay;
    private final RefundService refunds;
    private final NotificationParser notifications;
    private final WechatPayProperties properties;

    WechatPayClient(WechatPayProperties properties) {
        this.properties = properties;
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(properties.merchantId())
                .merchantSerialNumber(properties.merchantSerialNumber())
                .privateKeyFromPath(properties.privateKeyPath())
                .publicKeyFromPath(properties.publicKeyPath())
                .publicKeyId(properties.publicKeyId())
                .apiV3Key(properties.apiV3Key())
                .build();
        HttpClient http = new EndpointHttpClient(new DefaultHttpClientBuilder().config(config)
                .connectTimeoutMs(3_000).readTimeoutMs(10_000).build(), properties.endpoint());
        this.nativePay = new NativePayService.Builder().httpClient(http).build();
        this.refunds = new RefundService.Builder().httpClient(http).build();
        this.notifications = new NotificationParser(config);
    }

    NativePayService nativePay() {
        return nativePay;
    }

    RefundService refunds() {
        return refunds;
    }

    NotificationParser notifications() {
        return notifications;
    }

    WechatPayProperties properties() {
        return properties;
    }
}
