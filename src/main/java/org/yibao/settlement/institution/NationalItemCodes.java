package org.yibao.settlement.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.yibao.catalog.ItemCategory;
import org.yibao.catalog.ItemClass;
import org.yibao.catalog.MedicalItem;

/**
 * The national dictionary codes of a 医保目录 item, as 2204 and 5204 answer them: {@code med_chrgitm_type} (医疗收费项目
 * 类别, 2 digits), {@code list_type} (目录类别) and the item flags. Yibao's list designates no item as 基本药物, 国谈药,
 * 儿童用药, 限制使用, 特殊项目 or 直报, so every flag is "0".
 */
final class NationalItemCodes {

    /** bas_medn_flag 基本药物, hi_nego_drug_flag 国谈药, chld_medc_flag 儿童用药, list_sp_item_flag 目录特项,
     * lmt_used_flag 限制使用, drt_reim_flag 直报: none in Yibao's list. */
    static final Map<String, String> FLAGS = flags();

    private NationalItemCodes() {
    }

    private static Map<String, String> flags() {
        Map<String, String> flags = new java.util.LinkedHashMap<>();
        for (String flag : new String[]{"bas_medn_flag", "hi_nego_drug_flag", "chld_medc_flag", "list_sp_item_flag",
                "lmt_used_flag", "drt_reim_flag"}) {
            flags.put(flag, "0");
        }
        return java.util.Collections.unmodifiableMap(flags);
    }

    /**
     * 01 床位费, 02 诊察费, 03 检查费, 04 化验费, 05 治疗费, 06 手术费, 07 护理费, 08 卫生材料费, 09 西药费, 10 中药饮片费,
     * 11 中成药费, 12 一般诊疗费, 13 挂号费, 14 其他费: from the item's category, subcategory and name.
     */
    static String medChrgitmType(MedicalItem item) {
        String sub = item.subcategory();
        String name = item.name();
        return switch (item.category()) {
            case DRUG -> sub.startsWith("中药饮片") ? "10" : sub.startsWith("中成药") ? "11" : "09";
            case CONSUMABLE -> "08";
            case SERVICE -> name.contains("床位") ? "01" : name.contains("诊查") ? "02" : name.contains("挂号") ? "13"
                    : name.contains("一般诊疗") ? "12" : name.contains("护理") ? "07"
                    : sub.startsWith("检验") || sub.startsWith("病理") ? "04"
                    : sub.startsWith("医技") || name.contains("检查") || name.contains("测") ? "03"
                    : sub.startsWith("手术") ? "06" : "05";
        };
    }

    /** 自付比例: 1 for 丙类, the 先行自付 share for 乙类, 0 for 甲类; two decimals. */
    static BigDecimal selfpayProp(MedicalItem item) {
        return item.itemClass() == ItemClass.C ? BigDecimal.ONE.setScale(2)
                : item.itemClass() == ItemClass.B ? item.prepaidShare().setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
    }

    /** 101 西药中成药, 102 中药饮片, 201 医疗服务项目, 301 医用耗材. */
    static String listType(MedicalItem item) {
        if (item.category() == ItemCategory.DRUG) {
            return item.subcategory().startsWith("中药饮片") ? "102" : "101";
        }
        return item.category() == ItemCategory.SERVICE ? "201" : "301";
    }
}
