package org.yibao.settlement.web;

/**
 * 参数修改表单共有的部分：修改原因，以及读出时的版本号（保存时与当前版本比较，别人先改了就拒绝）。
 */
public abstract class ParameterForm {

    private String reason = "";
    private int version;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
