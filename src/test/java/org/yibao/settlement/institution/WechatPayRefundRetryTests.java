package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.support.WebSession;

/**
 * Refunds through 微信支付 that do not get lost, against the local WeChat Pay stub: a refund the provider answers
 * with its own trouble is sent again by the job under the same number until accepted, and accepted once; a refusal
 * is listed for the agency with WeChat Pay's answer and sent again by 重新退款. The payer reads 退款中, then 已退款.
 */
@DirtiesContext // its retry job polls fast: closed with the class, so no other class's refund meets it
class WechatPayRefundRetryTests extends FsiTest {

    static final WechatPayStub STUB = new WechatPayStub();

    @DynamicPropertySource
    static void wechatPay(DynamicPropertyRegistry properties) {
        wechatProperties().forEach((name, value) -> properties.add(name, () -> value));
        properties.add("yibao.pay.refund.retry-delay", () -> "PT0.3S");
        properties.add("yibao.pay.refund.poll", () -> "PT0.2S");
        properties.add("yibao.pay.refund.max-attempts", () -> "20");
    }

    static Map<String, String> wechatProperties() {
        return Map.of("yibao.pay.wechat.app-id", WechatPayStub.APP_ID,
                "yibao.pay.wechat.merchant-id", WechatPayStub.MERCHANT_ID,
                "yibao.pay.wechat.merchant-serial-number", WechatPayStub.SERIAL,
                "yibao.pay.wechat.private-key-path", STUB.privateKeyPath.toString(),
                "yibao.pay.wechat.api-v3-key", WechatPayStub.API_V3_KEY,
                "yibao.pay.wechat.public-key-id", WechatPayStub.PUBLIC_KEY_ID,
                "yibao.pay.wechat.public-key-path", STUB.publicKeyPath.toString(),
                "yibao.pay.wechat.notify-url", "https://yibao.example.cn/pay/notify/wechat",
                "yibao.pay.wechat.endpoint", STUB.endpoint());
    }

    private record Paid(TestPerson person, String phone, String token, String setlId, String mdtrtId, String orderNo) {

        String refundNo() {
            return "TK" + orderNo;
        }
    }

    /** A settlement whose 7.50 of cash was paid through WeChat Pay. */
    private Paid paid(String name) throws Exception {
        CashSettled s = cashSettlement(name);
        String setlId = s.setlId();
        Paid paid = new Paid(s.person(), s.phone(), s.token(), setlId, s.mdtrtId(), s.orderNo());
        assertThat(payCash(s).status()).isEqualTo(200);
        Map<String, String> notice = STUB.notice(paid.orderNo(), 750, "4200000900" + setlId, STUB.platform.getPrivate());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/pay/notify/wechat")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(notice.get("body")));
        notice.forEach((header, value) -> {
            if (!header.equals("body")) {
                request.header(header, value);
            }
        });
        assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        return paid;
    }

    private void reverse(Paid s) {
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId(), "mdtrt_id", s.mdtrtId()))));
    }

    private String status(Paid s) {
        return get("/api/v1/selfpay/orders/" + s.orderNo(), s.token()).text("status");
    }

    private String state(String refundNo) {
        return jdbc.sql("select state from settlement_cash_refund where refund_no = ?").param(refundNo)
                .query(String.class).optional().orElse("NONE");
    }

    private long requests(String refundNo) {
        return STUB.to("/v3/refund/domestic/refunds").stream()
                .filter(r -> r.body().contains("\"" + refundNo + "\"")).count();
    }

    private void awaitState(String refundNo, String expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!state(refundNo).equals(expected) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(state(refundNo)).isEqualTo(expected);
    }

    @Test
    void aRefundWechatPayCannotTakeNowIsSentAgainWithTheSameNumberAndRefundedOnce() throws Exception {
        Paid s = paid("微重试退款");
        STUB.refundTroubles.put(s.refundNo(), WechatPayStub.RefundTrouble.SYSTEM_ERROR);
        reverse(s);
        assertThat(state(s.refundNo())).as("owed, not lost").isEqualTo("PENDING");
        assertThat(status(s)).isEqualTo("REFUNDING");
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", s.phone(), "password", "Secret2025"));
        assertThat(web.get("/voucher/selfpay/" + s.orderNo()).body()).contains("退款中");
        long untilRetried = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (requests(s.refundNo()) < 3 && System.nanoTime() < untilRetried) {
            Thread.sleep(100);
        }
        assertThat(requests(s.refundNo())).as("sent again by the job").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select message from settlement_cash_refund where refund_no = ?").param(s.refundNo())
                .query(String.class).single()).contains("SYSTEM_ERROR");

        STUB.refundTroubles.remove(s.refundNo());
        awaitState(s.refundNo(), "DONE");
        Thread.sleep(1000); // the job keeps running: a done refund is never sent again
        assertThat(STUB.refundsAccepted.get(s.refundNo())).as("accepted once").isEqualTo(1);
        assertThat(STUB.to("/v3/refund/domestic/refunds").stream().filter(r -> r.body().contains(s.orderNo())))
                .allSatisfy(r -> assertThat(JSON.readTree(r.body()).get("out_refund_no").asString())
                        .isEqualTo(s.refundNo()));
        assertThat(status(s)).isEqualTo("REFUNDED");
        assertThat(web.get("/voucher/selfpay/" + s.orderNo()).body()).contains("已退款").doesNotContain("退款中");
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_REFUNDED' and detail like ?",
                s.refundNo() + " %")).isOne();
    }

    @Test
    void aRefusedRefundIsListedForTheAgencyAndRefundedOnceWhenSentAgainAfterTheFix() throws Exception {
        Paid s = paid("微拒绝退款");
        STUB.refundTroubles.put(s.refundNo(), WechatPayStub.RefundTrouble.ACCOUNT_ABNORMAL);
        reverse(s);
        assertThat(state(s.refundNo())).isEqualTo("FAILED");
        Thread.sleep(1000);
        assertThat(requests(s.refundNo())).as("a refusal is not sent again by itself").isOne();
        assertThat(status(s)).isEqualTo("REFUNDING");

        WebSession clerk = staffSession("clerk130200", "Clerk2025");
        assertThat(clerk.get("/staff").body()).contains("/staff/selfpay-refunds");
        String page = clerk.get("/staff/selfpay-refunds").body();
        assertThat(page).contains(s.refundNo(), "退款失败", "USER_ACCOUNT_ABNORMAL", "7.50",
                "id=\"retry-" + s.refundNo() + "\"");

        STUB.refundTroubles.remove(s.refundNo());
        HttpResponse<String> retried = clerk.submit("/staff/selfpay-refunds",
                "/staff/selfpay-refunds/" + s.refundNo() + "/retry", Map.of());
        assertThat(retried.body()).contains("退款 " + s.refundNo() + " 已重新发起", "已退款")
                .doesNotContain("id=\"retry-" + s.refundNo() + "\"");
        assertThat(state(s.refundNo())).isEqualTo("DONE");
        assertThat(STUB.refundsAccepted.get(s.refundNo())).isEqualTo(1);
        assertThat(status(s)).isEqualTo("REFUNDED");
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_REFUND_RETRIED' "
                + "and actor = 'staff:clerk130200'")).isPositive();

        HttpResponse<String> again = clerk.submit("/staff", // no retry form left: the workbench's token
                "/staff/selfpay-refunds/" + s.refundNo() + "/retry", Map.of());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("无需重新退款");
        for (String hostile : new String[] {"TK" + "9".repeat(60), "ZF" + s.setlId(), s.refundNo() + "x-"}) {
            HttpResponse<String> refused = clerk.submit("/staff",
                    "/staff/selfpay-refunds/" + hostile + "/retry", Map.of());
            assertThat(refused.statusCode()).as(hostile).isEqualTo(200);
            assertThat(refused.body()).as(hostile).contains("无需重新退款");
        }
        assertThat(requests(s.refundNo())).as("nothing sent again").isEqualTo(2);
    }
}
