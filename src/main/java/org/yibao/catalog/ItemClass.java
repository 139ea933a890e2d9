package org.yibao.catalog;

/**
 * 甲类 (fully in scope), 乙类 (the item's 先行自付 share first, then in scope) and 丙类 (fully self-paid), with the
 * national interface's 收费项目等级 {@code chrgitm_lv} codes 01 / 02 / 03.
 */
public enum ItemClass {
    A("01"), B("02"), C("03");

    private final String chrgitmLv;

    ItemClass(String chrgitmLv) {
        this.chrgitmLv = chrgitmLv;
    }

    public String chrgitmLv() {
        return chrgitmLv;
    }
}
