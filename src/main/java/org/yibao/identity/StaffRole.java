package org.yibao.identity;

/** 经办人员 work in one pooling region; 管理员 administer all of them. */
public enum StaffRole {
    CLERK, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
