package org.yibao.settlement.web;

import org.yibao.settlement.policy.LayerChange;
import org.yibao.settlement.policy.LayerRule;

/** 层次参数的修改表单：金额以元、比例以百分数，按输入保存为文字，以便把不合格的输入原样显示。 */
public class LayerForm extends ParameterForm {

    private String threshold = "";
    private String band1Upto = "";
    private String band1Percent = "";
    private String band2Upto = "";
    private String band2Percent = "";
    private String topPercent = "";
    private String yearlyCap = "";

    static LayerForm of(LayerRule rule) {
        LayerForm f = new LayerForm();
        f.threshold = rule.threshold().toString();
        f.band1Upto = rule.band1Upto().toString();
        f.band1Percent = PolicyForm.percent(rule.band1Ratio());
        f.band2Upto = rule.band2Upto().toString();
        f.band2Percent = PolicyForm.percent(rule.band2Ratio());
        f.topPercent = PolicyForm.percent(rule.topRatio());
        f.yearlyCap = rule.yearlyCap().toString();
        f.setVersion(rule.version());
        return f;
    }

    LayerChange change() {
        return new LayerChange(threshold, band1Upto, band1Percent, band2Upto, band2Percent, topPercent, yearlyCap,
                getReason());
    }

    public String getThreshold() { return threshold; }
    public void setThreshold(String v) { threshold = v; }
    public String getBand1Upto() { return band1Upto; }
    public void setBand1Upto(String v) { band1Upto = v; }
    public String getBand1Percent() { return band1Percent; }
    public void setBand1Percent(String v) { band1Percent = v; }
    public String getBand2Upto() { return band2Upto; }
    public void setBand2Upto(String v) { band2Upto = v; }
    public String getBand2Percent() { return band2Percent; }
    public void setBand2Percent(String v) { band2Percent = v; }
    public String getTopPercent() { return topPercent; }
    public void setTopPercent(String v) { topPercent = v; }
    public String getYearlyCap() { return yearlyCap; }
    public void setYearlyCap(String v) { yearlyCap = v; }
}
