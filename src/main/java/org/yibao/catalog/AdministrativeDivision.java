package org.yibao.catalog;

/**
 * 行政区划 by GB/T 2260: a province-level division (level 1) or a prefecture-level one (level 2). A province-level
 * division without prefectures (直辖市, 特别行政区) is {@code selfGoverned} and stands as its own city in pickers.
 */
public record AdministrativeDivision(String code, String name, int level, String provinceCode, boolean selfGoverned) {

    public boolean isProvince() {
        return level == 1;
    }
}
