package org.yibao.fhir.internal;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations;

/** What the facade offers ({@code metadata}): read-only resources, their searches, JSON only. */
public final class Capability {

    /** Resource types whose instances can be read, in the order the statement lists them. */
    public static final List<String> TYPES = List.of("Patient", "Coverage", "Organization", "Claim", "ClaimResponse",
            "ExplanationOfBenefit", "CodeSystem");

    private Capability() {
    }

    public static CapabilityStatement statement(String base) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("yibao");
        cs.setUrl(FhirNames.NAMESPACE + "/CapabilityStatement/yibao");
        cs.setName("YibaoFhirFacade");
        cs.setTitle("Yibao 智慧医保 FHIR R4 只读接口");
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(new Date());
        cs.setPublisher("Yibao");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Yibao");
        cs.getImplementation().setDescription("Yibao 医保数据的 FHIR R4 只读视图").setUrl(base);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.setFormat(List.of(new CodeType("json"), new CodeType("application/fhir+json")));
        var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription("参保人：Authorization: Bearer 令牌（/api/v1/auth/login）；"
                + "定点医药机构：x-tif-paasid/timestamp/nonce/signature 签名；经办人员：后台登录会话（本统筹区）。"
                + "metadata 与 CodeSystem 公开。");
        for (String type : TYPES) {
            CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            if (!type.equals("Organization") && !type.equals("Patient")) {
                r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            }
            switch (type) {
                case "Coverage" -> r.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                        .setDocumentation("参保人（Patient/人员编号）");
                case "Claim", "ClaimResponse", "ExplanationOfBenefit" -> {
                    r.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                            .setDocumentation("参保人（Patient/人员编号）；参保人本人可省略");
                    r.addSearchParam().setName("created").setType(Enumerations.SearchParamType.DATE)
                            .setDocumentation("结算时间（北京时间），前缀 eq/ge/gt/le/lt，精度年、月或日，最多两个");
                }
                case "CodeSystem" -> r.addSearchParam().setName("url").setType(Enumerations.SearchParamType.URI);
                default -> {
                }
            }
        }
        return cs;
    }
}
