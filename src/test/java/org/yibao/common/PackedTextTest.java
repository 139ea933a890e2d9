package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packed text unpacks to exactly the text packed, and is much smaller when the dictionary knows its words. */
class PackedTextTest {

    private static final String DICTIONARY = "{\"infcode\":0,\"err_msg\":null,\"output\":{\"setlinfo\":{\"setl_id\":\"\","
            + "\"psn_name\":\"\",\"medfee_sumamt\":0.00,\"hifp_pay\":0.00,\"acct_pay\":0.00,\"psn_cash_pay\":0.00}}}"
            + "医保结算成功，统筹基金支付，个人账户支付";
    private final PackedText packed = new PackedText(1, DICTIONARY);

    @Test
    void unpacksExactlyTheTextPackedAndPacksWhatTheDictionaryKnowsToLessThanHalf() {
        String answer = "{\"infcode\":0,\"err_msg\":null,\"output\":{\"setlinfo\":{\"setl_id\":\"S2026120300001\","
                + "\"psn_name\":\"张三\",\"medfee_sumamt\":12.50,\"hifp_pay\":6.25,\"acct_pay\":6.25,"
                + "\"psn_cash_pay\":0.00},\"note\":\"医保结算成功，统筹基金支付，个人账户支付 😀\"}}";
        byte[] bytes = packed.pack(answer);
        assertThat(packed.unpack(bytes)).isEqualTo(answer);
        assertThat(bytes.length * 2).isLessThan(answer.getBytes(StandardCharsets.UTF_8).length);
        assertThat(packed.unpack(packed.pack(""))).isEmpty();
    }

    @Test
    void packsTextLargerThanItsFirstGuessAndReusesItsDeflaters() {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        String text = new String(noise, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 3; i++) {
            assertThat(packed.unpack(packed.pack(text))).isEqualTo(text);
        }
    }

    @Test
    void refusesToUnpackTextOfAnotherDictionaryOrDamagedOrCutShort() {
        byte[] bytes = new PackedText(2, DICTIONARY).pack("医保结算成功");
        assertThatThrownBy(() -> packed.unpack(bytes)).isInstanceOf(IllegalArgumentException.class);
        byte[] own = packed.pack("医保结算成功，统筹基金支付，个人账户支付 and more words beyond the dictionary");
        assertThatThrownBy(() -> packed.unpack(Arrays.copyOf(own, own.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> packed.unpack(new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackedText(0, DICTIONARY)).isInstanceOf(IllegalArgumentException.class);
    }
}
