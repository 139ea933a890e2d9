package org.yibao.settlement.policy;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * 三重保障，纯计算：基本医保结算之后，政策范围内个人负担（政策范围内费用 − 统筹基金支付）计入大病保险（居民 390200）或职工大额医疗
 * 费用补助（职工 330100）的年度累计，超过起付线的部分分段按比例支付；余下的个人负担再计入医疗救助（610100，仅特困、低保、低收入人员）
 * 的年度累计，同样按起付线、比例与年度封顶支付。各层的累计不分医疗类别，记在 {@link #ALL_VISITS} 之下：
 * {@code deductible_used} 是当年已计入该层的金额，{@code fund_paid} 是该层当年已支付。
 */
public final class BenefitLayers {

    /** 各层年度累计的“医疗类别”：全年所有就诊合并计算。 */
    public static final String ALL_VISITS = "ALL";

    /** 只有基本医保统筹基金之后才有大病保险与医疗救助；生育保险基金（510100）的支付不进入各层。 */
    static final java.util.Set<String> BASIC_FUNDS = java.util.Set.of("310100", "390100");

    private BenefitLayers() {
    }

    /**
     * @param critical 大病保险或职工大额的参数行；参保地当年没有则为 null
     * @param assistance 医疗救助的参数行（按此人当日有效的救助对象类别）；不是救助对象或没有参数则为 null
     * @param year 此人当年的累计（各层按 {@link #ALL_VISITS} 读取）
     */
    public static LayeredResult apply(PolicyResult basic, @Nullable LayerRule critical,
                                      @Nullable LayerRule assistance, YearAccumulators year) {
        List<FundLine> lines = new ArrayList<>(basic.setldetail());
        List<LayeredResult.LayerDelta> deltas = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        if (basic.setldetail().isEmpty() || !basic.setldetail().stream().allMatch(l -> BASIC_FUNDS.contains(l.fundPayType()))) {
            return new LayeredResult(basic, Money.ZERO, Money.ZERO, Money.ZERO, deltas, explanation);
        }
        Money personal = basic.inscpScpAmt().minus(basic.hifpPay());
        Money criticalPay = layer(critical, personal, year, lines, deltas, explanation);
        Money assistancePay = layer(assistance, personal.minus(criticalPay), year, lines, deltas, explanation);
        Money layers = criticalPay.plus(assistancePay);
        Money fund = basic.fundPaySumamt().plus(layers);
        PolicyResult combined = new PolicyResult(basic.items(), basic.medfeeSumamt(), basic.fulamtOwnpayAmt(),
                basic.overlmtSelfpay(), basic.preselfpayAmt(), basic.inscpScpAmt(), basic.actPayDedc(),
                basic.hifpPay(), basic.poolPropSelfpay(), fund, basic.medfeeSumamt().minus(fund), lines,
                basic.appliedRatio(), basic.yearlyCap(), basic.delta());
        boolean employee = critical != null && LayerRule.LARGE_EMPLOYEE.equals(critical.fundType());
        return new LayeredResult(combined, employee ? Money.ZERO : criticalPay, employee ? criticalPay : Money.ZERO,
                assistancePay, deltas, explanation);
    }

    private static Money layer(@Nullable LayerRule rule, Money amount, YearAccumulators year, List<FundLine> lines,
                               List<LayeredResult.LayerDelta> deltas, List<String> explanation) {
        if (rule == null || amount.fen() <= 0) {
            return Money.ZERO;
        }
        YearToDate before = year.of(ALL_VISITS, rule.fundType());
        Money pay = rule.pay(before.deductibleUsed(), amount, before.fundPaid());
        deltas.add(new LayeredResult.LayerDelta(rule.fundType(),
                new AccumulatorDelta(ALL_VISITS, rule.fundType(), amount, pay)));
        if (pay.fen() > 0) {
            lines.add(new FundLine(rule.fundType(), amount, rule.yearlyCap().minus(before.fundPaid()).max(Money.ZERO),
                    pay));
        }
        explanation.add(name(rule) + "：本次计入" + amount + "元（当年此前已计入" + before.deductibleUsed() + "元，起付线"
                + rule.threshold() + "元），支付" + pay + "元（年度最高" + rule.yearlyCap() + "元，此前已付"
                + before.fundPaid() + "元）。");
        return pay;
    }

    static String name(LayerRule rule) {
        return switch (rule.fundType()) {
            case LayerRule.CRITICAL_RESIDENT -> "居民大病保险";
            case LayerRule.LARGE_EMPLOYEE -> "职工大额医疗费用补助";
            default -> "医疗救助";
        };
    }
}
