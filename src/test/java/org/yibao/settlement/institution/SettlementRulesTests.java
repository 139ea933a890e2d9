package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The rules of the settlement path, each judged once in Java: one open stay per person, an item uploaded once per
 * visit, and no rule left to a database function.
 */
class SettlementRulesTests extends FsiTest {

    @Test
    void simultaneousAdmissionsOfOnePersonAdmitOneAndEveryRefusalNamesThatStay() throws Exception {
        TestPerson p = employee("钱同住", "130200", "0.00");
        signNo(HOSPITAL);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Json> answers = new ArrayList<>();
        try {
            List<Future<Json>> pending = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> info = new HashMap<>(Map.of("psn_no", Long.toString(p.id()), "insutype", "310",
                        "mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber(), "med_type", "21",
                        "ipt_no", "ZY" + i + "-" + p.id(), "begntime", "2026-01-03 08:00:00"));
                pending.add(pool.submit(() -> call(HOSPITAL, "2401", Map.of("mdtrtinfo", info))));
            }
            for (Future<Json> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        List<Json> admitted = answers.stream().filter(r -> r.body().get("infcode").asInt() == 0).toList();
        assertThat(admitted).hasSize(1);
        String stay = admitted.get(0).body().get("output").get("result").get("mdtrt_id").asString();
        answers.stream().filter(r -> r.body().get("infcode").asInt() != 0).forEach(r -> assertThat(r.text("err_msg"))
                .isEqualTo("人员编号psn_no[" + p.id() + "]已有未结算的住院记录（就诊ID mdtrt_id[" + stay
                        + "]），不能重复办理入院；请先办理出院结算或入院撤销"));
        assertThat(count("select count(*) from settlement_visit where person_id = ?", p.id())).isOne();
    }

    @Test
    void anUploadNamingAnItemTwiceRefusesTheSecondNamingAndAddsNothing() {
        TestPerson p = employee("钱两次", "130200", "0.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        Json answer = call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50"),
                fee("2", mdtrtId, p.id(), "XJ01CAA001", "1", "12.50", "12.50"),
                fee("1", mdtrtId, p.id(), "XJ01CAA001", "2", "12.50", "25.00"))));
        assertThat(answer.text("err_msg")).isEqualTo("费用明细流水号feedetl_sn[1]在该就诊中已上传");
        assertThat(count("select count(*) from settlement_fee where mdtrt_id = ?", mdtrtId)).isZero();
    }

    @Test
    void noRefusalIsLeftToADatabaseFunction() {
        assertThat(count("select count(*) from pg_proc where proname = 'common_guard'")).isZero();
    }
}
