package org.yibao.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yibao.support.YibaoHttpTest;
import tools.jackson.databind.JsonNode;

/** The public catalog API (查询服务) answers anyone, pages in a stable order, and refuses bad parameters clearly. */
class CatalogApiTests extends YibaoHttpTest {

    private static final String TEN_CROSS_PROVINCE = "M00101,M00201,M00301,M00401,M00501,M00601,M00701,M00801,M00901,M01001";

    private Json api(String path) {
        return get("/api/v1/catalog" + path, null);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    @Test
    void findsInstitutionsByRegionLevelKindAndName() {
        Json r = api("/institutions?region=130600&kind=HOSPITAL&level=3&q=" + enc("第一中心"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(values(r.body().get("items"), "code")).containsExactly("H13060200001");
        JsonNode first = r.body().get("items").get(0);
        assertThat(first.get("name").asString()).isEqualTo("保定市第一中心医院");
        assertThat(first.get("regionName").asString()).isEqualTo("保定市");
        Json level3 = api("/institutions?region=130600&level=3");
        level3.body().get("items").forEach(i -> {
            assertThat(i.get("regionCode").asString()).isEqualTo("130600");
            assertThat(i.get("level").asInt()).isEqualTo(3);
            assertThat(i.get("kind").asString()).isEqualTo("HOSPITAL");
        });
        assertThat(values(api("/institutions?region=130200&kind=pharmacy").body().get("items"), "kind")).containsOnly("PHARMACY");
    }

    @Test
    void pagesInstitutionsTwentyAtATimeInAStableOrder() {
        Json first = api("/institutions?region=130200");
        long total = first.body().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(40);
        assertThat(first.body().get("size").asInt()).isEqualTo(20);
        assertThat(first.body().get("pages").asInt()).isEqualTo((int) ((total + 19) / 20));
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= first.body().get("pages").asInt(); page++) {
            List<String> codes = values(api("/institutions?region=130200&page=" + page).body().get("items"), "code");
            assertThat(codes).hasSizeLessThanOrEqualTo(20);
            all.addAll(codes);
        }
        seen.addAll(all);
        assertThat(seen).as("no row twice, none missing").hasSize((int) total);
        assertThat(values(api("/institutions?region=130200").body().get("items"), "code")).isEqualTo(all.subList(0, 20));
        assertThat(all.get(0)).as("grade 3 first").isEqualTo("H13020300001");
        assertThat(api("/institutions?region=130200&page=99").body().get("items")).isEmpty();
    }

    @Test
    void holdsAtLeastTwoHundredInstitutionsAndFiveHundredListItems() {
        assertThat(api("/institutions").body().get("total").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(api("/items").body().get("total").asLong()).isGreaterThanOrEqualTo(500);
        for (String region : List.of("130200", "130600", "341100", "360600", "110000")) {
            assertThat(api("/institutions?region=" + region).body().get("total").asLong()).as(region).isGreaterThanOrEqualTo(40);
        }
        assertThat(api("/items?category=CONSUMABLE").body().get("total").asLong()).isGreaterThanOrEqualTo(50);
        assertThat(api("/items?category=service").body().get("total").asLong()).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource({
            "110200001,  普通门诊诊查费, SERVICE, A, 10.00, 10.00, 0.00",
            "XJ01CAA001, 阿莫西林胶囊,   DRUG,    A, 12.50, 15.00, 0.00",
            "XC09AAA001, 卡托普利片,     DRUG,    A, 5.00,  6.00,  0.00",
            "XA10BAA001, 二甲双胍片,     DRUG,    A, 20.00, 25.00, 0.00",
            "XR05XAA001, 复方甘草片,     DRUG,    B, 30.00, 30.00, 0.10",
            "ZA01AAA001, 连花清瘟胶囊,   DRUG,    B, 50.00, 50.00, 0.10",
            "C99000001,  保健营养品,     DRUG,    C, 20.00,      , 0.00"})
    void holdsTheSevenItemsOfTheDemoExactly(String code, String name, String category, String itemClass, String price,
                                            String cap, String selfpay) {
        Json r = api("/items/" + code);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("name")).isEqualTo(name);
        assertThat(r.text("category")).isEqualTo(category);
        assertThat(r.text("itemClass")).isEqualTo(itemClass);
        assertThat(r.body().get("price").decimalValue()).isEqualByComparingTo(price);
        assertThat(r.body().get("selfpayProp").decimalValue()).isEqualByComparingTo(selfpay);
        if (cap == null) {
            assertThat(r.body().get("priceCap")).isNull();
        } else {
            assertThat(r.body().get("priceCap").decimalValue()).isEqualByComparingTo(cap);
        }
    }

    @Test
    void flagsTheItemsNoPersonalAccountMayPay() {
        assertThat(api("/items/C99000002").body().get("accountBarred").asBoolean()).isTrue();
        assertThat(api("/items/C99000003").body().get("accountBarred").asBoolean()).isTrue();
        assertThat(api("/items/C99000001").body().get("accountBarred").asBoolean()).isFalse();
        assertThat(api("/items/XJ01CAA001").body().get("accountBarred").asBoolean()).isFalse();
    }

    @Test
    void answersAmountsAsYuanWithTwoDecimals() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/catalog/items/XJ01CAA001"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"price\":12.50", "\"priceCap\":15.00", "\"itemClassName\":\"甲类\"", "\"chrgitmLv\":\"01\"");
    }

    @Test
    void searchesTheListByNameOrCodeFragment() {
        Json byName = api("/items?category=DRUG&q=" + enc("阿莫西林"));
        assertThat(values(byName.body().get("items"), "name")).contains("阿莫西林胶囊").allMatch(n -> n.contains("阿莫西林"));
        assertThat(values(api("/items?q=XJ01CAA00").body().get("items"), "code")).contains("XJ01CAA001");
        assertThat(api("/items?q=" + enc("100%_")).body().get("items")).as("wildcards are literal").isEmpty();
    }

    @Test
    void everyDemoRegionOffersTheTenCrossProvinceChronicDiseases() {
        for (String region : List.of("130200", "130600", "341100", "360600", "110000")) {
            Json r = api("/chronic-diseases?region=" + region);
            assertThat(r.status()).isEqualTo(200);
            assertThat(values(r.body(), "code")).as(region).contains(TEN_CROSS_PROVINCE.split(","));
        }
        JsonNode hypertension = api("/chronic-diseases?region=130600").body().get(0);
        assertThat(hypertension.get("code").asString()).isEqualTo("M00101");
        assertThat(hypertension.get("name").asString()).isEqualTo("高血压");
        assertThat(hypertension.get("icdCode").asString()).isEqualTo("I10");
        JsonNode diabetes = api("/chronic-diseases?region=130600").body().get(1);
        assertThat(diabetes.get("icdCode").asString()).isEqualTo("E11");
    }

    @Test
    void searchesPoliciesByKeywordAndRegion() {
        Json byKeyword = api("/policies?q=" + enc("家庭共济"));
        assertThat(values(byKeyword.body().get("items"), "title")).contains("职工基本医疗保险个人账户家庭共济使用政策解读");
        List<String> chuzhou = values(api("/policies?region=341100").body().get("items"), "regionName");
        assertThat(chuzhou).contains("滁州市", "安徽省", "全国").doesNotContain("保定市", "河北省");
        assertThat(api("/policies").body().get("total").asLong()).isGreaterThanOrEqualTo(12);
        long id = api("/policies?q=" + enc("保医保发〔2026〕31号")).body().get("items").get(0).get("id").asLong();
        Json one = api("/policies/" + id);
        assertThat(one.text("documentNumber")).isEqualTo("保医保发〔2026〕31号");
        assertThat(one.body().get("paragraphs").size()).isGreaterThan(2);
    }

    @Test
    void listsProvincesAndTheirCities() {
        Json provinces = api("/divisions");
        assertThat(values(provinces.body(), "code")).hasSizeGreaterThanOrEqualTo(31).contains("130000", "340000", "360000", "110000");
        assertThat(values(api("/divisions?province=130000").body(), "name")).hasSize(11).contains("唐山市", "保定市");
        assertThat(values(api("/divisions?province=110000").body(), "code")).containsExactly("110000");
        assertThat(api("/divisions/341100").text("name")).isEqualTo("滁州市");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/institutions?level=5|level|CATALOG_LEVEL_INVALID",
            "/institutions?kind=CLINIC|kind|CATALOG_KIND_INVALID",
            "/institutions?region=999999|region|CATALOG_REGION_UNKNOWN",
            "/institutions?kind=PHARMACY&level=2|level|CATALOG_LEVEL_FOR_PHARMACY",
            "/institutions?page=abc|page|CATALOG_PAGE_INVALID",
            "/institutions?page=0|page|CATALOG_PAGE_INVALID",
            "/items?category=FOOD|category|CATALOG_CATEGORY_INVALID",
            "/items?q=0123456789012345678901234567890123456789X|q|TOO_LONG",
            "/chronic-diseases|region|REQUIRED",
            "/chronic-diseases?region=999999|region|CATALOG_REGION_UNKNOWN",
            "/policies?region=abc|region|CATALOG_REGION_UNKNOWN",
            "/divisions?province=990000|province|CATALOG_PROVINCE_UNKNOWN"})
    void refusesBadParametersWithAChineseProblemAndChangesNothing(String path, String field, String code) {
        List<Long> before = counts();
        Json r = api(path);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("detail")).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void answersUnknownCodesWithNotFound() {
        assertThat(api("/items/NOPE").status()).isEqualTo(404);
        assertThat(api("/items/NOPE").text("detail")).contains("医保目录中没有编码为");
        assertThat(api("/policies/abc").status()).isEqualTo(404);
        assertThat(api("/policies/987654321").status()).isEqualTo(404);
        assertThat(api("/institutions/H99999999999").status()).isEqualTo(404);
    }

    @Test
    void isOpenToAnyoneWithoutAToken() {
        assertThat(api("/institutions").status()).isEqualTo(200);
        assertThat(api("/pooling-regions").status()).isEqualTo(200);
        assertThat(get("/api/v1/me", null).status()).as("the rest of the API still needs a login").isEqualTo(401);
        assertThat(post("/api/v1/catalog/items", "{}").status()).as("read only").isIn(401, 403, 405);
    }

    private List<Long> counts() {
        return List.of("catalog_institution", "catalog_medical_item", "catalog_policy", "catalog_chronic_disease_region",
                "catalog_division").stream().map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }
}
