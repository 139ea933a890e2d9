package org.yibao.fhir.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The amount fields of a settlement ({@code setlinfo}) and of its fee items ({@code feedetail}), named as the
 * national institution interface names them; codes of the {@code settlement-amount} CodeSystem, used as the
 * categories of totals and adjudications.
 */
public final class SettlementAmounts {

    public static final String MEDFEE_SUMAMT = "medfee_sumamt";
    public static final String FULAMT_OWNPAY_AMT = "fulamt_ownpay_amt";
    public static final String OVERLMT_SELFPAY = "overlmt_selfpay";
    public static final String PRESELFPAY_AMT = "preselfpay_amt";
    public static final String INSCP_SCP_AMT = "inscp_scp_amt";
    public static final String ACT_PAY_DEDC = "act_pay_dedc";
    public static final String POOL_PROP_SELFPAY = "pool_prop_selfpay";
    public static final String FUND_PAY_SUMAMT = "fund_pay_sumamt";
    public static final String PSN_PART_AMT = "psn_part_amt";
    public static final String ACCT_PAY = "acct_pay";
    public static final String ACCT_MULAID_PAY = "acct_mulaid_pay";
    public static final String PSN_CASH_PAY = "psn_cash_pay";
    public static final String DET_ITEM_FEE_SUMAMT = "det_item_fee_sumamt";
    public static final String OVERLMT_AMT = "overlmt_amt";

    static final Map<String, String> LABELS = labels();

    private SettlementAmounts() {
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MEDFEE_SUMAMT, "医疗费总额");
        m.put(FULAMT_OWNPAY_AMT, "全自费金额");
        m.put(OVERLMT_SELFPAY, "超限价自费费用");
        m.put(PRESELFPAY_AMT, "先行自付金额");
        m.put(INSCP_SCP_AMT, "符合政策范围金额");
        m.put(ACT_PAY_DEDC, "实际支付起付线");
        m.put(POOL_PROP_SELFPAY, "基本医疗保险统筹基金支付比例以外自付");
        m.put(FUND_PAY_SUMAMT, "基金支付总额");
        m.put(PSN_PART_AMT, "个人负担总金额");
        m.put(ACCT_PAY, "个人账户支出");
        m.put(ACCT_MULAID_PAY, "个人账户共济支付金额");
        m.put(PSN_CASH_PAY, "个人现金支出");
        m.put(DET_ITEM_FEE_SUMAMT, "明细项目费用总额");
        m.put(OVERLMT_AMT, "超限价金额");
        return java.util.Collections.unmodifiableMap(m);
    }
}
