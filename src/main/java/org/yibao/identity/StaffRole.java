package org.yibao.identity;

/** 经办人员 work in one pooling region; 管理员 administer all of them; 收费员 settle at one institution's counter. */
public enum StaffRole {
    CLERK, ADMIN, CASHIER;

    public String authority() {
        return "ROLE_" + name();
    }
}
