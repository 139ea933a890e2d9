package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * 自费支付 through 微信支付 against a local stub of the WeChat Pay API v3 that checks the merchant's signature: the
 * order is started as a Native prepay (order number, amount in fen), paid by WeChat Pay's signed notification once,
 * refused when the signature, the amount or the order is wrong, and refunded or closed when the settlement is reversed.
 */
class WechatPaySelfPayTests extends FsiTest {

    /** One per JVM run, kept for a rerun of a failed test in the same context. */
    static final WechatPayStub STUB = new WechatPayStub();

    @DynamicPropertySource
    static void wechatPay(DynamicPropertyRegistry properties) {
        properties.add("yibao.pay.wechat.app-id", () -> WechatPayStub.APP_ID);
        properties.add("yibao.pay.wechat.merchant-id", () -> WechatPayStub.MERCHANT_ID);
        properties.add("yibao.pay.wechat.merchant-serial-number", () -> WechatPayStub.SERIAL);
        properties.add("yibao.pay.wechat.private-key-path", () -> STUB.privateKeyPath.toString());
        properties.add("yibao.pay.wechat.api-v3-key", () -> WechatPayStub.API_V3_KEY);
        properties.add("yibao.pay.wechat.public-key-id", () -> WechatPayStub.PUBLIC_KEY_ID);
        properties.add("yibao.pay.wechat.public-key-path", () -> STUB.publicKeyPath.toString());
        properties.add("yibao.pay.wechat.notify-url", () -> "https://yibao.example.cn/pay/notify/wechat");
        properties.add("yibao.pay.wechat.endpoint", STUB::endpoint);
    }

    private String status(CashSettled s) {
        return get("/api/v1/selfpay/orders/" + s.orderNo(), s.token()).text("status");
    }

    private HttpResponse<String> notify(Map<String, String> notice) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/pay/notify/wechat")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(notice.get("body")));
        notice.forEach((name, value) -> {
            if (!name.equals("body")) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> paidNotice(CashSettled s, long fen, String transactionId) {
        return STUB.notice(s.orderNo(), fen, transactionId, STUB.platform.getPrivate());
    }

    private void reverse(CashSettled s) {
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId(), "mdtrt_id", s.mdtrtId()))));
    }

    @Test
    void startsASignedNativeOrderWithTheOrderNumberAndTheAmountInFen() {
        CashSettled s = cashSettlement("微支付");
        Json started = payCash(s);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("UNPAID");
        assertThat(started.text("paymentUrl")).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(started.text("channel")).isEqualTo("WECHAT");

        WechatPayStub.Received prepay = STUB.to("/v3/pay/transactions/native").stream()
                .filter(r -> r.body().contains(s.orderNo())).findFirst().orElseThrow();
        assertThat(prepay.signed()).as("signed with the merchant key").isTrue();
        JsonNode sent = JSON.readTree(prepay.body());
        assertThat(sent.get("out_trade_no").asString()).isEqualTo(s.orderNo());
        assertThat(sent.get("amount").get("total").asLong()).isEqualTo(750);
        assertThat(sent.get("mchid").asString()).isEqualTo(WechatPayStub.MERCHANT_ID);
        assertThat(sent.get("appid").asString()).isEqualTo(WechatPayStub.APP_ID);
        assertThat(sent.get("notify_url").asString()).isEqualTo("https://yibao.example.cn/pay/notify/wechat");
        assertThat(sent.get("time_expire").asString()).endsWith("+08:00");

        assertThat(payCash(s).text("paymentUrl")).as("paying again shows the same code").isEqualTo(started.text("paymentUrl"));
        assertThat(STUB.to("/v3/pay/transactions/native").stream().filter(r -> r.body().contains(s.orderNo())))
                .as("and starts nothing new").hasSize(1);
    }

    @Test
    void aSignedNoticeMarksTheOrderPaidOnceAndARepeatChangesNothing() throws Exception {
        CashSettled s = cashSettlement("微通知");
        payCash(s);
        Map<String, String> notice = paidNotice(s, 750, "4200000001" + s.setlId());
        assertThat(notify(notice).statusCode()).isEqualTo(204);
        Json paid = get("/api/v1/selfpay/orders/" + s.orderNo(), s.token());
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("channelRef")).isEqualTo("4200000001" + s.setlId());
        assertThat(paid.text("paymentUrl")).isNull();

        assertThat(notify(notice).statusCode()).as("WeChat Pay sends a notice again").isEqualTo(204);
        assertThat(notify(paidNotice(s, 750, "4200000001" + s.setlId())).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/selfpay/orders/" + s.orderNo(), s.token()).text("paidAt")).isEqualTo(paid.text("paidAt"));
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_PAID' and detail like ?",
                s.orderNo() + "%")).isOne();
        JsonNode info = ok(call(HOSPITAL, "5270", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId())))).get("ordinfo");
        assertThat(info.get("ord_stas").asString()).isEqualTo("1");
        assertThat(info.get("pay_chnl").asString()).isEqualTo("WECHAT");
    }

    @Test
    void refusesANoticeWhoseAmountDiffersByOneFenAndMarksNothingPaid() throws Exception {
        CashSettled s = cashSettlement("微金额");
        payCash(s);
        HttpResponse<String> answer = notify(paidNotice(s, 749, "4200000002" + s.setlId()));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("code").asString()).isEqualTo("FAIL");
        assertThat(status(s)).isEqualTo("UNPAID");
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_NOTICE_AMOUNT_MISMATCH'"
                + " and detail like ?", s.orderNo() + "%")).isOne();
    }

    @Test
    void refusesANoticeSignedWithAnotherKeyUnsignedOrUnreadable() throws Exception {
        CashSettled s = cashSettlement("微伪造");
        payCash(s);
        Map<String, String> forged = STUB.notice(s.orderNo(), 750, "4200000003" + s.setlId(),
                WechatPayStub.rsa().getPrivate());
        assertThat(notify(forged).statusCode()).isEqualTo(401);
        Map<String, String> unsigned = new java.util.HashMap<>(paidNotice(s, 750, "4200000003" + s.setlId()));
        unsigned.remove("Wechatpay-Signature");
        assertThat(notify(unsigned).statusCode()).isEqualTo(401);
        Map<String, String> garbage = new java.util.HashMap<>(unsigned);
        garbage.put("body", "not a notice");
        garbage.put("Wechatpay-Signature", WechatPayStub.sign(STUB.platform.getPrivate(), garbage.get(
                "Wechatpay-Timestamp") + "\n" + garbage.get("Wechatpay-Nonce") + "\nnot a notice\n"));
        assertThat(notify(garbage).statusCode()).as("signed but unreadable: refused, never a 500").isBetween(400, 401);
        assertThat(status(s)).isEqualTo("UNPAID");
    }

    @Test
    void answersANoticeForAnUnknownOrderAsFailedAndChangesNothing() throws Exception {
        HttpResponse<String> answer = notify(STUB.notice("ZF000000000000000000", 750, "4200000004",
                STUB.platform.getPrivate()));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"FAIL\"");
        assertThat(count("select count(*) from settlement_cash_order where order_no = 'ZF000000000000000000'")).isZero();
    }

    @Test
    void aReversalRefundsAPaidOrderThroughWechatPayToTheFen() throws Exception {
        CashSettled s = cashSettlement("微退款");
        payCash(s);
        assertThat(notify(paidNotice(s, 750, "4200000005" + s.setlId())).statusCode()).isEqualTo(204);
        reverse(s);
        assertThat(status(s)).isEqualTo("REFUNDED");
        WechatPayStub.Received refund = STUB.to("/v3/refund/domestic/refunds").stream()
                .filter(r -> r.body().contains(s.orderNo())).findFirst().orElseThrow();
        assertThat(refund.signed()).isTrue();
        JsonNode sent = JSON.readTree(refund.body());
        assertThat(sent.get("out_trade_no").asString()).isEqualTo(s.orderNo());
        assertThat(sent.get("out_refund_no").asString()).isEqualTo("TK" + s.orderNo());
        assertThat(sent.get("amount").get("refund").asLong()).isEqualTo(750);
        assertThat(sent.get("amount").get("total").asLong()).isEqualTo(750);
    }

    @Test
    void aReversalClosesAStartedUnpaidOrderAndALatePaymentIsReturned() throws Exception {
        CashSettled s = cashSettlement("微关单");
        payCash(s);
        reverse(s);
        assertThat(status(s)).isEqualTo("CANCELLED");
        assertThat(STUB.to("/v3/pay/transactions/out-trade-no/" + s.orderNo() + "/close")).hasSize(1);

        Map<String, String> late = paidNotice(s, 750, "4200000006" + s.setlId());
        assertThat(notify(late).statusCode()).isEqualTo(204);
        assertThat(notify(late).statusCode()).isEqualTo(204);
        assertThat(status(s)).isEqualTo("CANCELLED");
        assertThat(STUB.to("/v3/refund/domestic/refunds").stream().filter(r -> r.body().contains(s.orderNo())))
                .as("returned once, however often it is notified").hasSize(1);
    }

    @Test
    void theOrderPageShowsTheProvidersCodeUntilTheNoticeMarksItPaid() throws Exception {
        CashSettled s = cashSettlement("微页面");
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", s.phone(), "password", "Secret2025"));
        String page = "/voucher/selfpay/" + s.orderNo();
        web.submit(page, page + "/pay", Map.of("idempotencyKey", "page-" + s.setlId()));
        String waiting = web.get(page).body();
        assertThat(waiting).contains("id=\"selfpay-code\"", "src=\"data:image/png;base64,", "请使用微信扫码支付")
                .doesNotContain("id=\"selfpay-pay\"");
        assertThat(status(s)).isEqualTo("UNPAID");

        assertThat(notify(paidNotice(s, 750, "4200000007" + s.setlId())).statusCode()).isEqualTo(204);
        String paid = web.get(page).body();
        assertThat(paid).contains("已支付", "4200000007" + s.setlId()).doesNotContain("id=\"selfpay-code\"");
    }

    @Test
    void healthNamesTheWechatChannelAsConfigured() {
        JsonNode selfpay = get("/manage/health", null).body().get("components").get("selfpay");
        assertThat(selfpay.get("status").asString()).isEqualTo("UP");
        assertThat(selfpay.get("description").asString()).isEqualTo("configured");
    }
}
