package org.yibao.family;

/**
 * The two bindings a guardian may make for a child without the child's face verification: 亲情账户 (a member under
 * 16) and 亲情代办 by the 未办理身份证 route. Names the tables each keeps its bindings and materials in.
 */
public enum BindingKind {
    FAMILY_ACCOUNT("family_account_member", "owner_account", "family_account_material", "face_verified = false"),
    PROXY("family_proxy_member", "proxy_account", "family_proxy_material", "route = 'NO_ID_CARD'");

    final String table;
    final String binderColumn;
    final String materialTable;
    /** Which of the kind's bindings are a guardian's: made without the member's face. */
    final String guardianCondition;

    BindingKind(String table, String binderColumn, String materialTable, String guardianCondition) {
        this.table = table;
        this.binderColumn = binderColumn;
        this.materialTable = materialTable;
        this.guardianCondition = guardianCondition;
    }
}
