package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * The engine's answer for one settlement, with the national {@code setlinfo} amounts, the {@code setldetail} lines,
 * the split of every item, the ratio and cap that were applied (for the citizen's explanation) and the delta to add
 * to the accumulators (none when no fund is involved). {@code medfee_sumamt = fund_pay_sumamt + psn_part_amt}.
 */
public record PolicyResult(List<ItemSplit> items, Money medfeeSumamt, Money fulamtOwnpayAmt, Money overlmtSelfpay,
                           Money preselfpayAmt, Money inscpScpAmt, Money actPayDedc, Money hifpPay,
                           Money poolPropSelfpay, Money fundPaySumamt, Money psnPartAmt, List<FundLine> setldetail,
                           BigDecimal appliedRatio, Money yearlyCap, @Nullable AccumulatorDelta delta) {

    public PolicyResult {
        items = List.copyOf(items);
        setldetail = List.copyOf(setldetail);
    }
}
