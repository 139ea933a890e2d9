package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.settlement.ManualClaims;
import org.yibao.settlement.ManualClaims.Claim;
import org.yibao.settlement.ManualClaims.ClaimResult;
import org.yibao.settlement.ManualClaims.Item;

/**
 * 手工报销与直接结算用同一待遇引擎和同一累计值：金额按 DEMO 参数手算；同一引用只记一次；第二笔报销从第一笔留下的累计继续分段；
 * 不合格的输入被拒绝且不写入任何数据。
 */
class ManualClaimsTests extends FsiTest {

    @Autowired
    ManualClaims claims;

    private static Claim stay(long personId, LocalDate day, String cnt) {
        return new Claim(personId, HOSPITAL, 0, null, "21", day,
                List.of(new Item("XJ01CAA001", new BigDecimal(cnt), Money.ofYuan("12.50"))), null);
    }

    private static LocalDate today() {
        return LocalDate.now(BusinessTime.ZONE);
    }

    @Test
    void aClaimIsComputedAsADirectSettlementAndASecondClaimContinuesTheYearsCriticalIllnessBands() {
        TestPerson p = insuredPerson("褚报销", "130200", "246810", null);
        Claim claim = stay(p.id(), today(), "8000");

        // 居民三级住院 100000: (100000 − 800) × 60 % = 59520; 个人政策内负担 40480; 大病 (40480 − 15000) × 60 % = 15288.
        ClaimResult trial = claims.trial(claim);
        assertThat(trial.hifpPay()).isEqualTo(Money.ofYuan("59520.00"));
        assertThat(trial.hifmiPay()).isEqualTo(Money.ofYuan("15288.00"));
        assertThat(trial.fundPaySumamt()).isEqualTo(Money.ofYuan("74808.00"));
        assertThat(trial.psnPartAmt()).isEqualTo(Money.ofYuan("25192.00"));
        assertThat(count("select count(*) from settlement_settlement where person_id = ?", p.id())).isZero();

        ManualClaims.RecordedClaim first = claims.record(claim, "BX-" + p.id(), "clerk-tangshan");
        ManualClaims.RecordedClaim repeated = claims.record(claim, "BX-" + p.id(), "clerk-tangshan");
        assertThat(first.setlId()).startsWith("R").isEqualTo(repeated.setlId());
        assertThat(repeated.result().fundPaySumamt()).isEqualTo(Money.ofYuan("74808.00"));
        assertThat(count("select count(*) from settlement_settlement where person_id = ?", p.id())).isOne();
        assertThat(count("select counted_fen from settlement_layer_accumulator where person_id = ?", p.id()))
                .isEqualTo(4048000);

        // second stay: 40480 counted before → 25480…65960 above the threshold: 24520 × 60 % + 15960 × 65 %
        // = 14712 + 10374 = 25086.
        ManualClaims.RecordedClaim second = claims.record(claim, "BX2-" + p.id(), "clerk-tangshan");
        assertThat(second.result().hifmiPay()).isEqualTo(Money.ofYuan("25086.00"));
        assertThat(second.result().lines()).extracting(ManualClaims.Line::fundPayType)
                .containsExactly("390100", "390200");
    }

    @Test
    void aFutureDateAnUnknownItemOrAnUnknownInstitutionIsRefusedAndNothingIsWritten() {
        TestPerson p = insuredPerson("褚拒绝", "130200", "246810", null);
        assertThatThrownBy(() -> claims.record(stay(p.id(), today().plusDays(1), "1"), "BXF-" + p.id(), "clerk"))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CLAIM_DATE_INVALID");
        Claim unknownItem = new Claim(p.id(), HOSPITAL, 0, null, "21", today(),
                List.of(new Item("NO-SUCH-ITEM", BigDecimal.ONE, Money.ofYuan("1.00"))), null);
        assertThatThrownBy(() -> claims.record(unknownItem, "BXI-" + p.id(), "clerk"))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CLAIM_LIST_ITEM_UNKNOWN");
        Claim nowhere = new Claim(p.id(), null, 4, "13020", "11", today(),
                List.of(new Item("XJ01CAA001", BigDecimal.ONE, Money.ofYuan("12.50"))), null);
        assertThatThrownBy(() -> claims.trial(nowhere)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("CLAIM_INSTITUTION_NOT_IN_CATALOG");
        Claim noQuantity = new Claim(p.id(), HOSPITAL, 0, null, "11", today(),
                java.util.Arrays.asList(new Item("XJ01CAA001", null, Money.ofYuan("12.50"))), null);
        assertThatThrownBy(() -> claims.record(noQuantity, "BXQ-" + p.id(), "clerk"))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CLAIM_INVALID");
        assertThatThrownBy(() -> claims.record(stay(p.id(), today(), "1"), "X".repeat(25), "clerk"))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CLAIM_INVALID");
        assertThat(count("select count(*) from settlement_settlement where person_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from settlement_layer_accumulator where person_id = ?", p.id())).isZero();
    }
}
