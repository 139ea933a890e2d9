package org.yibao.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The 查询服务 pages work without a login, filter and page, and say clearly when a filter is wrong or nothing matches. */
class CatalogPagesTests extends YibaoHttpTest {

    private HttpResponse<String> page(String path) {
        return new WebSession(port).get(path);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theFourQueriesAreLiveForAnonymousVisitors() {
        for (String path : List.of("/query/institutions", "/query/drugs", "/query/consumables", "/query/policies")) {
            HttpResponse<String> r = page(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.uri().getPath()).as(path).isEqualTo(path);
            assertThat(r.body()).as(path).contains("<!DOCTYPE html>").doesNotContain("即将上线");
        }
    }

    @Test
    void institutionSearchShowsOnlyTheChosenRegionAndLevel() {
        String body = page("/query/institutions?region=130600&level=3").body();
        assertThat(body).contains("保定市第一中心医院", "三级", "跨省直接结算").doesNotContain("唐山中心医院", "data-region=\"130200\"");
    }

    @Test
    void institutionResultsPageWithPreviousAndNext() {
        String first = page("/query/institutions?region=130200").body();
        assertThat(first).contains("下一页", "第1/");
        String second = page("/query/institutions?region=130200&page=2").body();
        assertThat(second).contains("上一页", "第2/");
    }

    @Test
    void aWrongFilterIsAChineseMessageOnThePage() {
        HttpResponse<String> r = page("/query/institutions?level=9&kind=PHARMACY&region=abc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("医院等级应为1、2或3", "没有编码为“abc”的地区");
        assertThat(page("/query/drugs?page=-1").body()).contains("页码应为1到10000之间的整数");
        assertThat(page("/query/institutions?kind=PHARMACY&level=2").body()).contains("定点药店不分等级");
    }

    @Test
    void drugSearchShowsClassPriceCapAndManufacturer() {
        String body = page("/query/drugs?q=" + enc("阿莫西林胶囊")).body();
        assertThat(body).contains("阿莫西林胶囊", "XJ01CAA001", "12.50元/盒", "15.00元", "甲类", "华北示范制药有限公司");
        assertThat(page("/query/drugs?q=" + enc("复方甘草片")).body()).contains("乙类", "先行自付比例", "10%");
        assertThat(page("/query/drugs?q=" + enc("保健营养品")).body()).contains("丙类", "无（个人全额负担）");
    }

    @Test
    void drugSearchMarksTheItemsNoPersonalAccountMayPay() {
        assertThat(page("/query/drugs?q=" + enc("养生保健滋补膏")).body()).contains("个人账户（含家庭共济）不得支付");
        assertThat(page("/query/drugs?q=" + enc("保健营养品")).body()).doesNotContain("个人账户（含家庭共济）不得支付");
    }

    @Test
    void consumableSearchShowsOnlyConsumables() {
        String body = page("/query/consumables?q=" + enc("支架")).body();
        assertThat(body).contains("冠状动脉药物洗脱支架", "示范医用材料有限公司").doesNotContain("阿莫西林");
        assertThat(page("/query/consumables?q=" + enc("阿莫西林")).body()).contains("没有找到符合条件的记录");
    }

    @Test
    void policiesAreSearchedAndRead() {
        String list = page("/query/policies?region=130600&q=" + enc("缴费")).body();
        assertThat(list).contains("关于做好2027年度城乡居民基本医疗保险集中参保缴费工作的通知").doesNotContain("滁州市医疗保障局");
        long id = jdbc.sql("select id from catalog_policy where document_number = ?").param("医保发〔2025〕108号")
                .query(Long.class).single();
        String article = page("/query/policies/" + id).body();
        assertThat(article).contains("国家医疗保障局关于进一步做好跨省异地就医直接结算工作的通知", "医保发〔2025〕108号",
                "全国", "强直性脊柱炎");
        assertThat(page("/query/policies/" + (id + 100_000)).statusCode()).isEqualTo(404);
        assertThat(page("/query/policies/nope").body()).contains("页面不存在");
    }

    @Test
    void everyDemoArticleIsMarkedAsASampleInTheHallAndTheApi() {
        long id = jdbc.sql("select id from catalog_policy where document_number = ?").param("医保发〔2025〕108号")
                .query(Long.class).single();
        assertThat(page("/query/policies/" + id).body()).contains("id=\"policy-sample\"", "演示用示例", "文号为虚构");
        assertThat(page("/query/policies?q=" + enc("医保")).body()).contains(">示例<");
        assertThat(jdbc.sql("select count(*) from catalog_policy where not sample").query(Long.class).single())
                .as("the demo loads no article that is not a sample").isZero();
        assertThat(get("/api/v1/catalog/policies/" + id, null).body().get("sample").asBoolean()).isTrue();
    }
}
