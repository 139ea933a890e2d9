package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.yibao.catalog.ItemClass;
import org.yibao.common.Money;

/** Parameter rows of DEMO.md's table (as the demo loader writes them) and fee items, for engine tests. */
final class PolicyFixtures {

    private PolicyFixtures() {
    }

    static PolicyRule rule(String insutype, PersonCategory category, String medType, int level) {
        return PolicyParameterDemoData.rows().stream()
                .filter(r -> r.insutype().equals(insutype) && r.category() == category && r.medType().equals(medType)
                        && r.level() == level)
                .findFirst().map(PolicyFixtures::toRule).orElseThrow();
    }

    static PolicyRule toRule(PolicyParameterDemoData.Row r) {
        return new PolicyRule(1, "130200", 2026, r.insutype(), r.category(), r.medType(), r.level(), r.fundType(),
                yuan(r.deductible()), r.perStay(), pct(r.ratio()), pct(r.bonus()), pct(r.bonusMax()), yuan(r.cap()),
                r.multiCap() == null ? null : yuan(r.multiCap()), 1);
    }

    static Money yuan(long yuan) {
        return Money.ofFen(yuan * 100);
    }

    static Money yuan(String yuan) {
        return Money.ofYuan(yuan);
    }

    private static BigDecimal pct(int p) {
        return BigDecimal.valueOf(p, 2);
    }

    /** 甲类, quantity 1, no price cap. */
    static FeeItem a(String price) {
        return new FeeItem("A", ItemClass.A, BigDecimal.ONE, yuan(price), null, BigDecimal.ZERO);
    }

    /** 乙类 with 10 % 先行自付, quantity 1, no price cap. */
    static FeeItem b(String price) {
        return new FeeItem("B", ItemClass.B, BigDecimal.ONE, yuan(price), null, new BigDecimal("0.1000"));
    }

    /** 丙类, quantity 1. */
    static FeeItem c(String price) {
        return new FeeItem("C", ItemClass.C, BigDecimal.ONE, yuan(price), null, BigDecimal.ZERO);
    }

    static FeeItem capped(ItemClass itemClass, String price, String cap, int quantity) {
        return new FeeItem("X", itemClass, BigDecimal.valueOf(quantity), yuan(price), yuan(cap),
                itemClass == ItemClass.B ? new BigDecimal("0.1000") : BigDecimal.ZERO);
    }
}
