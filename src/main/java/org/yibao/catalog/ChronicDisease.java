package org.yibao.catalog;

/**
 * A 门诊慢特病 of the catalog: its code ({@code opsp_dise_cod}, e.g. M00101), name, ICD-10 code, whether it is a
 * 慢性病 or a 特殊病, and whether it is one of the diseases settled directly across provinces.
 */
public record ChronicDisease(String code, String name, String icdCode, String icdName, Kind kind,
                             boolean crossProvince) {

    public enum Kind {
        CHRONIC, SPECIAL
    }
}
