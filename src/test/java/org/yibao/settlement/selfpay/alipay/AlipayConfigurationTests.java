package org.yibao.settlement.selfpay.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.yibao.common.Money;
import org.yibao.settlement.selfpay.ChannelOrder;
import org.yibao.settlement.selfpay.CashOrderNotices;
import org.yibao.settlement.selfpay.CashPaymentChannel;

/**
 * The Alipay channel loads only when configured and chosen, and stops the start on a key file that is no RSA key;
 * amounts go to Alipay in yuan with two decimals, exactly the order's fen.
 */
class AlipayConfigurationTests {

    @TempDir
    Path keys;

    private ApplicationContextRunner runner(String... properties) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = Files.writeString(keys.resolve("app_private_key.txt"),
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(keys.resolve("alipay_public_key.txt"),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        return new ApplicationContextRunner().withUserConfiguration(AlipayConfiguration.class)
                .withBean(CashOrderNotices.class, () -> mock(CashOrderNotices.class))
                .withPropertyValues("yibao.pay.alipay.private-key-path=" + privateKey,
                        "yibao.pay.alipay.alipay-public-key-path=" + publicKey,
                        "yibao.pay.alipay.notify-url=https://yibao.example.cn/pay/notify/alipay")
                .withPropertyValues(properties);
    }

    @Test
    void loadsTheAlipayChannelOnlyWhenItsAppIdIsSetAndNoOtherChannelIsChosen() throws Exception {
        runner("yibao.pay.alipay.app-id=2021004100000001").run(context -> assertThat(context)
                .hasSingleBean(CashPaymentChannel.class).getBean(CashPaymentChannel.class)
                .isInstanceOf(AlipayCashPaymentChannel.class));
        runner().run(context -> assertThat(context).doesNotHaveBean(CashPaymentChannel.class));
        runner("yibao.pay.alipay.app-id=2021004100000001", "yibao.pay.channel=wechat")
                .run(context -> assertThat(context).doesNotHaveBean(CashPaymentChannel.class));
    }

    @Test
    void refusesToStartWithAKeyFileThatIsNoRsaKey() throws Exception {
        Path notAKey = Files.writeString(keys.resolve("not-a-key.txt"), "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        runner("yibao.pay.alipay.app-id=2021004100000001", "yibao.pay.alipay.alipay-public-key-path=" + notAKey)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("is not an RSA public key"));
    }

    @Test
    void sendsTheAmountInYuanWithTwoDecimalsExactlyTheOrdersFen() {
        assertThat(AlipayCashPaymentChannel.yuan(order(1))).isEqualTo("0.01");
        assertThat(AlipayCashPaymentChannel.yuan(order(750))).isEqualTo("7.50");
        assertThat(AlipayCashPaymentChannel.yuan(order(123456789))).isEqualTo("1234567.89");
        assertThat(AlipayCashPaymentChannel.yuan(order(100000))).isEqualTo("1000.00");
    }

    private static ChannelOrder order(long fen) {
        return new ChannelOrder("ZF1", Money.ofFen(fen), "医院 医保自费 M1", java.time.OffsetDateTime.now().plusHours(1));
    }
}
