package org.yibao.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** 消费信息 and 共济消费记录 from DEMO.md's past visits, computed by the real policy engine. */
class ConsumptionApiTests extends YibaoHttpTest {

    private static BigDecimal amount(JsonNode n, String field) {
        return n.get(field).decimalValue();
    }

    @Test
    void listsLastYearsSettlementsWithWhoPaidWhat() {
        String token = login("13800000001", "Yibao2025");
        int lastYear = LocalDate.now().getYear() - 1; // this year's visits (e.g. the 自费支付 walk's) are not the demo's
        Json r = get("/api/v1/consumptions?year=" + lastYear, token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().size()).isGreaterThanOrEqualTo(2);
        for (JsonNode c : r.body()) {
            assertThat(amount(c, "total")).isEqualByComparingTo(amount(c, "fund").add(amount(c, "ownAccount"))
                    .add(amount(c, "mutualAid")).add(amount(c, "cash")));
            assertThat(c.get("setlTime").asString()).startsWith(String.valueOf(lastYear));
        }
        assertThat(get("/api/v1/consumptions?year=" + lastYear + "&medType=14", token).body().size()).isZero();
        assertThat(get("/api/v1/consumptions?medType=99", token).text("code")).isEqualTo("MED_TYPE_INVALID");
    }

    @Test
    void theDetailExplainsEachItemAndTheSplit() {
        String token = login("13800000001", "Yibao2025");
        int lastYear = LocalDate.now().getYear() - 1; // this year's settlements belong to other walks (claims, 自费支付)
        String setlId = get("/api/v1/consumptions?year=" + lastYear + "&medType=11", token).body().get(0).get("setlId")
                .asString();
        Json detail = get("/api/v1/consumptions/" + setlId, token);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().get("items").findValuesAsString("itemClass")).isNotEmpty();
        JsonNode c = detail.body().get("consumption");
        assertThat(amount(detail.body(), "inScope")).isLessThanOrEqualTo(amount(c, "total"));
        assertThat(amount(c, "fund")).isLessThanOrEqualTo(amount(detail.body(), "inScope")
                .subtract(amount(detail.body(), "deductible")).max(BigDecimal.ZERO));
    }

    @Test
    void theAuthorizerSeesWhatHisSpouseSpentThroughMutualAid() {
        Json records = get("/api/v1/consumptions/mutual-aid", login("13800000001", "Yibao2025"));
        assertThat(records.body().size()).isGreaterThanOrEqualTo(1);
        JsonNode spent = records.body().get(0);
        assertThat(amount(spent, "mutualAid")).isPositive();
        String setlId = spent.get("setlId").asString();
        assertThat(get("/api/v1/consumptions/" + setlId, login("13800000001", "Yibao2025")).status()).isEqualTo(200);
        assertThat(get("/api/v1/consumptions/" + setlId, login("13800000002", "Yibao2025")).status()).isEqualTo(200);
        assertThat(get("/api/v1/consumptions/" + setlId, login("13800000010", "Yibao2025")).status())
                .as("a stranger").isEqualTo(404);
    }

    @Test
    void thePagesShowTheListAndTheExplanation() {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", "13800000005", "password", "Yibao2025"));
        String list = web.get("/consumptions").body();
        assertThat(list).contains("保定市第一中心医院", "门诊慢特病", "统筹基金支付");
        String setlId = get("/api/v1/consumptions", login("13800000005", "Yibao2025")).body().get(0).get("setlId").asString();
        assertThat(web.get("/consumptions/" + setlId).body()).contains("费用是怎么报销的", "起付线", "甲类");
        assertThat(web.get("/consumptions?personId=1").statusCode()).as("nobody's costs without a binding").isEqualTo(404);
    }
}
