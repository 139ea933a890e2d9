package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.YibaoApplication;
import org.yibao.settlement.selfpay.CashOrders;
import tools.jackson.databind.JsonNode;

/**
 * A refund owed through 微信支付 survives its node: this node owes it (the reversal) and stops sending (its job
 * runs hourly here, as a stopped node sends nothing), and a node started afterwards on the same database sends it,
 * with the same refund number, once.
 */
class RefundAfterRestartTests extends FsiTest {

    private static final WechatPayStub STUB = WechatPayRefundRetryTests.STUB;

    @DynamicPropertySource
    static void wechatPay(DynamicPropertyRegistry properties) {
        WechatPayRefundRetryTests.wechatProperties().forEach((name, value) -> properties.add(name, () -> value));
        properties.add("yibao.pay.refund.retry-delay", () -> "PT0.1S");
        properties.add("yibao.pay.refund.poll", () -> "PT1H");
    }

    private String state(String refundNo) {
        return jdbc.sql("select state from settlement_cash_refund where refund_no = ?").param(refundNo)
                .query(String.class).optional().orElse("NONE");
    }

    @Test
    void aRefundOwedBeforeARestartIsSentByTheNodeStartedAfterIt() throws Exception {
        TestPerson p = employee("微重启退款", "130200", "5.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"))).get("setlinfo");
        String setlId = setl.get("setl_id").asString();
        String orderNo = CashOrders.orderNo(setlId);
        String refundNo = "TK" + orderNo;
        jdbc.sql("update settlement_cash_order set status = 'PAID', channel = 'WECHAT', channel_ref = ?, paid_at = now(),"
                + " request_key = ? where order_no = ?").params("4200000901" + setlId, "N:" + orderNo, orderNo).update();
        STUB.refundTroubles.put(refundNo, WechatPayStub.RefundTrouble.SYSTEM_ERROR);
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(p.id()), "setl_id", setlId,
                "mdtrt_id", mdtrtId))));
        Thread.sleep(500);
        assertThat(state(refundNo)).as("owed, and this node does not send it again").isEqualTo("PENDING");
        assertThat(STUB.refundsAccepted.get(refundNo)).isNull();

        STUB.refundTroubles.remove(refundNo);
        Map<String, String> properties = new HashMap<>(WechatPayRefundRetryTests.wechatProperties());
        properties.put("server.port", "0");
        properties.put("yibao.pay.refund.poll", "PT0.2S");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(YibaoApplication.class)
                .run(arguments)) {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!state(refundNo).equals("DONE") && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(restarted.isActive()).isTrue();
        }
        assertThat(state(refundNo)).isEqualTo("DONE");
        assertThat(STUB.refundsAccepted.get(refundNo)).as("refunded once").isEqualTo(1);
    }
}
