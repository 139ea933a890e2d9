package org.yibao.family;

/** Who is being bound, as the citizen typed it: 姓名, 证件号码, 与本人关系. */
public record MemberForm(String name, String idNumber, String relationship) {

    public static MemberForm empty() {
        return new MemberForm("", "", "");
    }
}
