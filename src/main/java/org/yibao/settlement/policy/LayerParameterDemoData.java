package org.yibao.settlement.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;

/**
 * 五个演示统筹区今年与去年的大病保险、职工大额与医疗救助参数（DEMO.md 的演示值）。行键是自然键，重复加载不变；新建的行在历史中记为版本 1。
 */
@Component
@Profile("demo")
@Order(61)
class LayerParameterDemoData implements ApplicationRunner {

    /** 一行：金额以元、比例以百分数。 */
    record Row(String insutype, String fundType, @Nullable String assistanceClass, long threshold, long band1Upto,
               int band1Percent, long band2Upto, int band2Percent, int topPercent, long cap) {
    }

    private final JdbcClient jdbc;
    private final LayerParameters parameters;
    private final Clock clock;

    LayerParameterDemoData(JdbcClient jdbc, LayerParameters parameters, Clock clock) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * 居民大病：起付线 1.5 万，其上 0–5 万 60 %、5–10 万 65 %、10 万以上 70 %，年度最高 40 万。职工大额：起付线 2 万，其上 0–10 万
     * 80 %、以上 85 %，年度最高 30 万。医疗救助（两个险种相同）：特困无起付线 100 %、年度 6 万；低保无起付线 70 %、年度 5 万；低收入
     * 起付线 5 千 60 %、年度 3 万。
     */
    static List<Row> rows() {
        List<Row> rows = new java.util.ArrayList<>(List.of(
                new Row("390", LayerRule.CRITICAL_RESIDENT, null, 15_000, 50_000, 60, 100_000, 65, 70, 400_000),
                new Row("310", LayerRule.LARGE_EMPLOYEE, null, 20_000, 100_000, 80, 100_000, 85, 85, 300_000)));
        for (String insutype : List.of("390", "310")) {
            rows.add(new Row(insutype, LayerRule.ASSISTANCE, "EXTREME", 0, 0, 100, 0, 100, 100, 60_000));
            rows.add(new Row(insutype, LayerRule.ASSISTANCE, "SUBSISTENCE", 0, 0, 70, 0, 70, 70, 50_000));
            rows.add(new Row(insutype, LayerRule.ASSISTANCE, "LOW_INCOME", 5_000, 0, 60, 0, 60, 60, 30_000));
        }
        return rows;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = BusinessTime.today(clock).getYear();
        for (String region : PolicyParameterDemoData.REGIONS) {
            for (int y = year - 1; y <= year; y++) {
                for (Row row : rows()) {
                    insert(region, y, row);
                }
            }
        }
    }

    static LayerValues values(Row r) {
        return new LayerValues(yuan(r.threshold()), yuan(r.band1Upto()), percent(r.band1Percent()),
                yuan(r.band2Upto()), percent(r.band2Percent()), percent(r.topPercent()), yuan(r.cap()));
    }

    private void insert(String region, int year, Row r) {
        LayerValues v = values(r);
        jdbc.sql("""
                insert into settlement_layer_parameter (region_code, year, insutype, fund_type, assistance_class,
                    threshold_fen, band1_upto_fen, band1_ratio, band2_upto_fen, band2_ratio, top_ratio, yearly_cap_fen,
                    version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (region_code, year, insutype, fund_type, assistance_class) do nothing returning id""")
                .params(region, year, r.insutype(), r.fundType(), r.assistanceClass() == null ? "" : r.assistanceClass(),
                        v.threshold().fen(), v.band1Upto().fen(), v.band1Ratio(), v.band2Upto().fen(), v.band2Ratio(),
                        v.topRatio(), v.yearlyCap().fen())
                .query(Long.class).optional()
                .ifPresent(id -> parameters.recordVersion(id, 1, v, "system", "DEMO.md 三重保障参数"));
    }

    private static Money yuan(long yuan) {
        return Money.ofFen(yuan * 100);
    }

    private static BigDecimal percent(int p) {
        return BigDecimal.valueOf(p).movePointLeft(2).setScale(4);
    }
}
