package org.yibao.settlement.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * 大病保险、职工大额医疗费用补助或医疗救助的一行待遇参数（参保地、年度、险种；医疗救助另按救助对象类别）：年度起付线之上按三段比例
 * 支付——起付线以上 {@code band1Upto} 以内按 {@code band1Ratio}，至 {@code band2Upto} 按 {@code band2Ratio}，其上按
 * {@code topRatio}——年度最高支付 {@code yearlyCap}。只有一个比例的层次把两段上限都设为 0。
 *
 * @param fundType 390200 居民大病保险、330100 职工大额医疗费用补助、610100 医疗救助
 * @param assistanceClass 医疗救助的对象类别（{@code EXTREME} 特困、{@code SUBSISTENCE} 低保、{@code LOW_INCOME} 低收入），其他层次为 null
 */
public record LayerRule(long id, String regionCode, int year, String insutype, String fundType,
                        @Nullable String assistanceClass, Money threshold, Money band1Upto, BigDecimal band1Ratio,
                        Money band2Upto, BigDecimal band2Ratio, BigDecimal topRatio, Money yearlyCap, int version) {

    public static final String CRITICAL_RESIDENT = "390200";
    public static final String LARGE_EMPLOYEE = "330100";
    public static final String ASSISTANCE = "610100";

    public LayerRule {
        if (band1Upto.compareTo(band2Upto) > 0 || threshold.isNegative() || band1Upto.isNegative()
                || yearlyCap.isNegative()) {
            throw new IllegalArgumentException("layer row " + id + ": bands out of order or negative amounts");
        }
    }

    public boolean isAssistance() {
        return ASSISTANCE.equals(fundType);
    }

    /**
     * What this layer pays on {@code amount} counted after {@code countedBefore} in the year: the part of the year's
     * running total between the threshold and each band's end, times that band's ratio (each band rounded half-up to
     * the fen), at most what is left of the yearly cap after {@code paidBefore}.
     */
    public Money pay(Money countedBefore, Money amount, Money paidBefore) {
        Money from = countedBefore.minus(threshold);
        Money to = countedBefore.plus(amount).minus(threshold);
        Money b1 = overlap(from, to, Money.ZERO, band1Upto).times(band1Ratio);
        Money b2 = overlap(from, to, band1Upto, band2Upto).times(band2Ratio);
        Money top = overlap(from, to, band2Upto, Money.ofFen(Long.MAX_VALUE / 4)).times(topRatio);
        Money capLeft = yearlyCap.minus(paidBefore).max(Money.ZERO);
        return b1.plus(b2).plus(top).min(capLeft);
    }

    /** The length of [from, to] inside [low, high], never negative. */
    static Money overlap(Money from, Money to, Money low, Money high) {
        Money start = from.max(low);
        Money end = to.min(high);
        return end.minus(start).max(Money.ZERO);
    }
}
