package org.yibao.settlement.web;

import java.math.BigDecimal;
import org.yibao.settlement.policy.ParameterChange;
import org.yibao.settlement.policy.PolicyRule;

/** The edit form as typed: amounts in yuan, ratios in percent, kept as text so that a bad entry is shown again. */
public class PolicyForm extends ParameterForm {

    private String deductible = "";
    private String ratioPercent = "";
    private String bonusPercent = "";
    private String bonusMaxPercent = "";
    private String yearlyCap = "";
    private String multiDiseaseCap = "";

    static PolicyForm of(PolicyRule rule) {
        PolicyForm f = new PolicyForm();
        f.deductible = rule.deductible().toString();
        f.ratioPercent = percent(rule.ratio());
        f.bonusPercent = percent(rule.bonusPerFiveYears());
        f.bonusMaxPercent = percent(rule.bonusMax());
        f.yearlyCap = rule.yearlyCap().toString();
        f.multiDiseaseCap = rule.multiDiseaseCap() == null ? "" : rule.multiDiseaseCap().toString();
        f.setVersion(rule.version());
        return f;
    }

    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    ParameterChange change() {
        return new ParameterChange(deductible, ratioPercent, bonusPercent, bonusMaxPercent, yearlyCap,
                multiDiseaseCap, getReason());
    }

    public String getDeductible() { return deductible; }
    public void setDeductible(String v) { deductible = v; }
    public String getRatioPercent() { return ratioPercent; }
    public void setRatioPercent(String v) { ratioPercent = v; }
    public String getBonusPercent() { return bonusPercent; }
    public void setBonusPercent(String v) { bonusPercent = v; }
    public String getBonusMaxPercent() { return bonusMaxPercent; }
    public void setBonusMaxPercent(String v) { bonusMaxPercent = v; }
    public String getYearlyCap() { return yearlyCap; }
    public void setYearlyCap(String v) { yearlyCap = v; }
    public String getMultiDiseaseCap() { return multiDiseaseCap; }
    public void setMultiDiseaseCap(String v) { multiDiseaseCap = v; }
}
