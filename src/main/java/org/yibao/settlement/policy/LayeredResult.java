package org.yibao.settlement.policy;

import java.util.List;
import org.yibao.common.Money;

/**
 * 一站式结算的结果：基本医保之后再经大病保险（或职工大额）与医疗救助。{@code result} 是合并后的结算（{@code hifp_pay} 仍是统筹基金，
 * {@code fund_pay_sumamt} 含各层次，{@code setldetail} 每层一行），{@code deltas} 是各层要记入的年度累计（基本医保的一笔在前）。
 */
public record LayeredResult(PolicyResult result, Money hifmiPay, Money hifobPay, Money mafPay,
                            List<LayerDelta> layerDeltas, List<String> explanation) {

    public LayeredResult {
        layerDeltas = List.copyOf(layerDeltas);
        explanation = List.copyOf(explanation);
    }

    /** 一层的累计：计入的金额（起付线与分段据此累计）与该层支付。 */
    public record LayerDelta(String fundType, AccumulatorDelta delta) {
    }
}
