package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessTime;

/**
 * A visit in another province is paid at the insured region's lower ratio until the person has an 异地就医备案 in
 * force there; in the home province nothing changes.
 */
class FsiRemoteCareTests extends FsiTest {

    private static final String BEIJING_HOSPITAL = "H11010800001";

    @Test
    void aVisitInAnotherProvinceWithoutAFilingGetsTheLowerRatioAndWithOneTheFullRatio() {
        TestPerson p = insuredPerson("异地结算", "360600", "246810", "135790");
        String mdtrtId = register(BEIJING_HOSPITAL, p, "390");
        ok(call(BEIJING_HOSPITAL, "2204", Map.of("feedetail",
                java.util.List.of(fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50")))));
        Map<String, Object> settle = settleInput(p, mdtrtId, "390", "12.50");

        // 鹰潭 residents: 60 % for 普通门诊, 10 points less without a filing
        assertThat(fund(ok(call(BEIJING_HOSPITAL, "2206", settle)))).isEqualTo("6.25");

        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        LocalDate today = BusinessTime.today(java.time.Clock.systemUTC());
        Json filed = post("/api/v1/applications/remote-care", Map.ofEntries(Map.entry("kind", "TEMPORARY"),
                Map.entry("category", "SELF_REFERRAL"), Map.entry("provinceCode", "110000"),
                Map.entry("cityCode", "110000"), Map.entry("startDate", today.toString()),
                Map.entry("phone", "13912345678"), Map.entry("contactName", "联系人"),
                Map.entry("contactPhone", "13912345679"), Map.entry("contactAddress", "示范路1号"),
                Map.entry("noticeRead", true), Map.entry("commitmentAccepted", true),
                Map.entry("signature", p.name())), login(phone, "Secret2025"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.text("status")).isEqualTo("APPROVED");

        assertThat(fund(ok(call(BEIJING_HOSPITAL, "2207", settle)))).isEqualTo("7.50");
    }

    @Test
    void aVisitInTheHomeProvinceNeedsNoFiling() {
        TestPerson p = insuredPerson("省内结算", "130600", "246810", null);
        String mdtrtId = visitWithAmoxicillin(p, "390");
        assertThat(fund(ok(call(HOSPITAL, "2206", settleInput(p, mdtrtId, "390", "12.50"))))).isEqualTo("7.50");
    }

    private static String fund(tools.jackson.databind.JsonNode output) {
        return output.get("setlinfo").get("fund_pay_sumamt").decimalValue().setScale(2).toPlainString();
    }
}
