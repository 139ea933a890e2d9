package org.yibao.settlement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.YibaoHttpTest;

/** 三重保障参数在 /staff/admin/policy 维护：列表可见，修改生成带原因的版本，不合格的输入不改变任何数据，经办人员被拒绝。 */
class LayerAdminPagesTests extends YibaoHttpTest {

    @Autowired
    LayerParameters parameters;

    /** A row of its own (an unused year), so that the demo rows stay as they are. */
    private long ownRow() {
        int year = 2001 + ThreadLocalRandom.current().nextInt(20);
        String insutype = String.valueOf(100 + ThreadLocalRandom.current().nextInt(800));
        return jdbc.sql("""
                insert into settlement_layer_parameter (region_code, year, insutype, fund_type, threshold_fen,
                    band1_upto_fen, band1_ratio, band2_upto_fen, band2_ratio, top_ratio, yearly_cap_fen, version)
                values ('130200', ?, ?, '390200', 1500000, 5000000, 0.6, 10000000, 0.65, 0.7, 40000000, 1)
                returning id""").params(year, insutype).query(Long.class).single();
    }

    private static Map<String, String> form(String band1Upto, String band2Upto, String reason) {
        Map<String, String> f = new HashMap<>();
        f.put("threshold", "12000");
        f.put("band1Upto", band1Upto);
        f.put("band1Percent", "60");
        f.put("band2Upto", band2Upto);
        f.put("band2Percent", "65");
        f.put("topPercent", "70");
        f.put("yearlyCap", "400000.00");
        f.put("reason", reason);
        f.put("version", "1");
        return f;
    }

    @Test
    void administratorSeesTheLayersBesideTheBasicParameters() {
        HttpResponse<String> list = staffSession("admin", "Admin2025").get("/staff/admin/policy?region=130200");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("居民大病保险", "职工大额医疗费用补助", "低保对象", "400000.00");
    }

    @Test
    void aLoweredThresholdBecomesANewVersionWithItsReason() {
        long id = ownRow();
        HttpResponse<String> r = staffSession("admin", "Admin2025").submit("/staff/admin/policy/layers/" + id,
                "/staff/admin/policy/layers/" + id, form("50000", "100000", "省医保局文件降低大病起付线"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("已保存", "省医保局文件降低大病起付线");
        LayerRule rule = parameters.find(id).orElseThrow();
        assertThat(rule.version()).isEqualTo(2);
        assertThat(rule.threshold()).isEqualTo(org.yibao.common.Money.ofYuan("12000"));
        assertThat(parameters.history(id)).first().satisfies(h -> assertThat(h.changedBy()).isEqualTo("admin"));
    }

    @Test
    void bandsOutOfOrderAreRefusedAndNothingChanges() {
        long id = ownRow();
        HttpResponse<String> bad = staffSession("admin", "Admin2025").submit("/staff/admin/policy/layers/" + id,
                "/staff/admin/policy/layers/" + id, form("100000", "50000", "试一下"));
        assertThat(bad.body()).contains("第二段上限不能小于第一段上限");
        assertThat(parameters.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(parameters.history(id)).isEmpty();
    }

    @Test
    void aClerkIsRefused() {
        long id = ownRow();
        assertThat(staffSession("clerk130200", "Clerk2025").get("/staff/admin/policy/layers/" + id).statusCode())
                .isEqualTo(403);
    }
}
