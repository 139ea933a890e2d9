package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yibao.support.RoundTripCounter;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** 参保信息 and 缴费信息 over the citizen API, from DEMO.md's people. */
class InsuranceApiTests extends YibaoHttpTest {

    @Test
    void showsAnEmployeeWithEmployerStatusAndContinuity() {
        String token = login("13800000001", "Yibao2025");
        Json r = get("/api/v1/insurance", token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("person").get("name").asString()).isEqualTo("王*国");
        JsonNode period = r.body().get("periods").get(0);
        assertThat(period.get("regionName").asString()).isEqualTo("唐山市");
        assertThat(period.get("insutype").asString()).isEqualTo("310");
        assertThat(period.get("psnInsuStas").asString()).isEqualTo("1");
        assertThat(period.get("employerName").asString()).isEqualTo("唐山示范钢铁有限公司");
        assertThat(r.body().get("continuousYears").asInt()).isBetween(24, 25);
    }

    @Test
    void showsSuspendedAndNormalRelationshipsInTwoRegions() {
        Json r = get("/api/v1/insurance", login("13800000011", "Yibao2025"));
        assertThat(r.body().get("periods").findValuesAsString("psnInsuStas")).containsExactly("1", "2");
        assertThat(r.body().get("periods").findValuesAsString("regionCode")).containsExactly("130600", "130200");
    }

    @Test
    void listsAYearOfMonthlyContributionsWithTotals() {
        String token = login("13800000001", "Yibao2025");
        int lastYear = LocalDate.now().getYear() - 1;
        Json r = get("/api/v1/contributions?year=" + lastYear, token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("items")).hasSize(12);
        JsonNode first = r.body().get("items").get(0);
        assertThat(first.get("month").asInt()).isEqualTo(12);
        assertThat(first.get("base").decimalValue()).isPositive();
        assertThat(r.body().get("totals").get("personal").decimalValue())
                .isEqualByComparingTo(first.get("personal").decimalValue().multiply(java.math.BigDecimal.valueOf(12)));
        assertThat(get("/api/v1/contributions?year=20x5", token).text("code")).isEqualTo("YEAR_INVALID");
    }

    @Test
    void residentsPayOnceAYearWithTheSubsidy() {
        Json r = get("/api/v1/contributions", login("13800000005", "Yibao2025"));
        JsonNode item = r.body().get("items").get(0);
        assertThat(item.get("month").asInt()).isZero();
        assertThat(item.get("personal").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(item.get("subsidy").decimalValue()).isEqualByComparingTo("700.00");
    }

    /**
     * 参保信息 is read on every visit of the app: the token's account, the account's person, then the person with
     * the periods, the regions' names and the continuity together, and the commit. A round trip is counted where
     * the driver ends one (each Sync it sends, on the thread that serves the call); the fewest of three, as the pool
     * now and then checks a connection with a trip of its own.
     */
    @Test
    void readsInsuranceInFourRoundTrips() {
        String token = login("13800000001", "Yibao2025");
        long fewest = java.util.stream.LongStream.range(0, 3).map(i -> RoundTripCounter.tripsOf(() -> {
            assertThat(get("/api/v1/insurance", token).status()).isEqualTo(200);
        })).min().orElseThrow();
        assertThat(fewest).isEqualTo(4);
    }

    @Test
    void anAccountWithoutRealNameIsToldToVerifyFirst() {
        Json r = get("/api/v1/insurance", login(registeredPhone("Secret2025"), "Secret2025"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("REAL_NAME_REQUIRED");
    }
}
