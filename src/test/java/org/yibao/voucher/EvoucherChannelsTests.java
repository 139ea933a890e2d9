package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import org.yibao.voucher.internal.QrCodec;

/** The activation channels of seed 004 §02 by name, and showing the code on another activated channel (FAQ 06). */
class EvoucherChannelsTests extends YibaoHttpTest {

    @Autowired
    QrCodec codec;

    private WebSession citizenWithChannels(String name, String... channels) {
        TestPerson person = insuredPerson(name, "130200", "246810", "135790");
        for (String c : channels) {
            jdbc.sql("insert into voucher_activation_channel (person_id, channel, activated_at) values (?, ?, now())")
                    .params(person.id(), c).update();
        }
        String phone = registeredPhone("Secret2025");
        jdbc.sql("""
                update identity_account set person_id = ?, real_name_method = 'SOCIAL_CARD', real_name_at = now()
                where phone = ?""").params(person.id(), phone).update();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        return web;
    }

    @Test
    void theActivationPageNamesTheChannelsOfTheManualWithTheBanksByName() {
        String page = citizenWithChannels("渠道甲", "WECHAT").get("/voucher/activation").body();
        assertThat(page).contains("国家医保服务平台APP", "北京通", "微信", "支付宝", "云闪付", "中国工商银行", "华夏银行",
                "北京农商银行", "招商银行");
        assertThat(page).doesNotContain("channel-FAMILY_ACCOUNT").doesNotContain("channel-BANK\"");
    }

    @Test
    void theCodeIsShownOnAnotherActivatedChannelWhenAskedAndOnlyOnAnActivatedOne() {
        WebSession web = citizenWithChannels("渠道乙", "WECHAT", "BANK_ICBC");
        String icbc = web.get("/voucher/qrcode?channel=BANK_ICBC").body();
        assertThat(icbc).contains("当前展码渠道：中国工商银行", "qr-channel-WECHAT");
        assertThat(channelOf(icbc)).isEqualTo(10);
        String notActivated = web.get("/voucher/qrcode?channel=ALIPAY").body();
        assertThat(channelOf(notActivated)).as("a channel not activated falls back to the first").isEqualTo(2);
    }

    private int channelOf(String page) {
        String text = page.replaceAll("(?s).*data-code=\"([^\"]+)\".*", "$1");
        return codec.decode(text).orElseThrow().channel();
    }
}
