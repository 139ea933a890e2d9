package org.yibao.settlement.selfpay.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayConfig;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.internal.util.AlipayLogger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The official Alipay SDK set up once from {@link AlipayProperties}: requests signed RSA2 with the application's
 * private key, answers verified with 支付宝公钥 (the public-key mode), sent to the configured gateway with short
 * timeouts. Both keys are checked when Yibao starts, so a wrong file stops the start instead of the first payment.
 * The SDK's own log (every request and answer in full, the signature included) is turned off: Yibao logs the order,
 * the API method and Alipay's sub_code, as for the other providers.
 */
final class AlipayGateway {

    static final String CHARSET = "utf-8";
    static final String SIGN_TYPE = "RSA2";

    private final AlipayClient client;
    private final String alipayPublicKey;
    private final AlipayProperties properties;

    AlipayGateway(AlipayProperties properties) {
        this.properties = properties;
        AlipayLogger.setNeedEnableLogger(false);
        String privateKey = key(properties.privateKeyPath(), true);
        this.alipayPublicKey = key(properties.alipayPublicKeyPath(), false);
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl(properties.endpoint().toString());
        config.setAppId(properties.appId());
        config.setPrivateKey(privateKey);
        config.setAlipayPublicKey(alipayPublicKey);
        config.setFormat("json");
        config.setCharset(CHARSET);
        config.setSignType(SIGN_TYPE);
        config.setConnectTimeout(3_000);
        config.setReadTimeout(10_000);
        try {
            this.client = new DefaultAlipayClient(config);
        } catch (AlipayApiException e) {
            throw new IllegalStateException("yibao.pay.alipay: the SDK refused the settings: " + e.getErrMsg(), e);
        }
    }

    AlipayClient client() {
        return client;
    }

    /** 支付宝公钥 as the SDK's signature check takes it (base64 of the X.509 key). */
    String alipayPublicKey() {
        return alipayPublicKey;
    }

    AlipayProperties properties() {
        return properties;
    }

    /** The base64 text of a key file in PEM or bare base64, checked to be an RSA key of the expected kind. */
    private static String key(String path, boolean isPrivate) {
        String text;
        try {
            text = Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("yibao.pay.alipay: cannot read the key file " + path, e);
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (isPrivate) {
                rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            } else {
                rsa.generatePublic(new X509EncodedKeySpec(der));
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("yibao.pay.alipay: " + path + " is not an RSA "
                    + (isPrivate ? "private key (PKCS#8)" : "public key (X.509)"), e);
        }
        return base64;
    }
}
