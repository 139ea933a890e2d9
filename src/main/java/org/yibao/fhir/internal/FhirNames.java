package org.yibao.fhir.internal;

/** Canonical URLs and identifier systems of Yibao's FHIR facade. */
public final class FhirNames {

    /** The Yibao namespace every canonical URL below starts with. */
    public static final String NAMESPACE = "https://yibao.org/fhir";
    public static final String CODE_SYSTEM = NAMESPACE + "/CodeSystem/";
    /** 公民身份号码 (GB 11643). */
    public static final String ID_NUMBER = NAMESPACE + "/sid/id-number";
    /** 人员编号 ({@code psn_no}) as the institution API names the person. */
    public static final String PSN_NO = NAMESPACE + "/sid/psn-no";
    /** 定点医药机构编码 ({@code fixmedins_code}). */
    public static final String INSTITUTION_CODE = NAMESPACE + "/sid/fixmedins-code";
    /** 医保经办机构编码. */
    public static final String AGENCY_CODE = NAMESPACE + "/sid/agency-code";
    /** 结算 ID ({@code setl_id}). */
    public static final String SETL_ID = NAMESPACE + "/sid/setl-id";
    /** 医保目录编码 ({@code med_list_codg}) of a fee item. */
    public static final String MED_LIST = NAMESPACE + "/sid/med-list-codg";
    /** The currency every amount is in. */
    public static final String CURRENCY = "CNY";

    private FhirNames() {
    }

    public static String codeSystem(String id) {
        return CODE_SYSTEM + id;
    }
}
