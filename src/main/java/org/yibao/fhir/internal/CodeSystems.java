package org.yibao.fhir.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.yibao.catalog.ItemClass;
import org.yibao.insured.Insutype;
import org.yibao.insured.PersonType;
import org.yibao.settlement.FundPayType;
import org.yibao.settlement.MedType;

/**
 * The national dictionaries Yibao codes with, published as CodeSystem resources under the Yibao namespace, built
 * from the enums the rest of Yibao settles and stores with, so that a code in a resource and its CodeSystem cannot
 * drift apart.
 */
public final class CodeSystems {

    public static final String INSUTYPE = "insutype";
    public static final String MED_TYPE = "med-type";
    public static final String FUND_PAY_TYPE = "fund-pay-type";
    public static final String PSN_TYPE = "psn-type";
    public static final String ITEM_CLASS = "item-class";
    public static final String SETTLEMENT_AMOUNT = "settlement-amount";

    /** A code system: its title, description and concepts (code → display) in order. */
    private record Definition(String title, String description, Map<String, String> concepts) {
    }

    private static final Map<String, Definition> ALL = definitions();

    private CodeSystems() {
    }

    public static List<String> ids() {
        return List.copyOf(ALL.keySet());
    }

    public static Optional<CodeSystem> find(String id) {
        Definition d = ALL.get(id);
        return d == null ? Optional.empty() : Optional.of(resource(id, d));
    }

    /** A coding of the code system; the display is the dictionary's name, or the code when it is not in it. */
    public static Coding coding(String id, String code) {
        Definition d = ALL.get(id);
        String display = d == null ? null : d.concepts().get(code);
        return new Coding(FhirNames.codeSystem(id), code, display);
    }

    private static CodeSystem resource(String id, Definition d) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(FhirNames.codeSystem(id));
        cs.setVersion("1");
        cs.setName(toName(id));
        cs.setTitle(d.title());
        cs.setDescription(d.description());
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setPublisher("Yibao");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        cs.setCount(d.concepts().size());
        d.concepts().forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
        return cs;
    }

    /** {@code fund-pay-type} → {@code FundPayType}: a computer-friendly name as CodeSystem.name asks. */
    private static String toName(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    private static Map<String, Definition> definitions() {
        Map<String, Definition> all = new LinkedHashMap<>();
        all.put(INSUTYPE, new Definition("险种类型 insutype", "国家医保信息业务编码 险种类型（insutype）中 Yibao 经办的险种",
                ordered(Arrays.stream(Insutype.values()).map(t -> Map.entry(t.code(), t.label())).toList())));
        all.put(MED_TYPE, new Definition("医疗类别 med_type", "国家医保信息业务编码 医疗类别（med_type）中 Yibao 结算的类别",
                ordered(Arrays.stream(MedType.values()).map(t -> Map.entry(t.code(), t.label())).toList())));
        all.put(FUND_PAY_TYPE, new Definition("基金支付类型 fund_pay_type", "国家医保信息业务编码 基金支付类型（fund_pay_type）",
                ordered(Arrays.stream(FundPayType.values()).map(t -> Map.entry(t.code(), t.label())).toList())));
        all.put(PSN_TYPE, new Definition("人员类别 psn_type", "Yibao 使用的人员类别（psn_type）",
                ordered(Arrays.stream(PersonType.values()).map(t -> Map.entry(t.code(), t.label())).toList())));
        all.put(ITEM_CLASS, new Definition("收费项目等级 chrgitm_lv", "医保目录甲类、乙类、丙类（chrgitm_lv）",
                ordered(Arrays.stream(ItemClass.values()).map(c -> Map.entry(c.chrgitmLv(), classLabel(c))).toList())));
        all.put(SETTLEMENT_AMOUNT, new Definition("结算金额 setlinfo", "结算信息与费用明细的金额字段（国家接口字段名）",
                SettlementAmounts.LABELS));
        return java.util.Collections.unmodifiableMap(all);
    }

    public static String classLabel(ItemClass c) {
        return switch (c) {
            case A -> "甲类";
            case B -> "乙类";
            case C -> "丙类";
        };
    }

    private static Map<String, String> ordered(List<Map.Entry<String, String>> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(out);
    }
}
