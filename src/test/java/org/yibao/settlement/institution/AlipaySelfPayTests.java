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
 * 自费支付 through 支付宝当面付 against a local stub of Alipay's gateway that checks the application's RSA2 signature
 * and the biz_content: the order is started as {@code alipay.trade.precreate} (order number, amount in yuan exact to
 * the fen), paid by Alipay's signed notification once, refused when the signature, the amount or the order is
 * wrong, and refunded or closed when the settlement is reversed.
 */
class AlipaySelfPayTests extends FsiTest {

    /** One per JVM run, kept for a rerun of a failed test in the same context. */
    static final AlipayStub STUB = new AlipayStub();
    static final String NOTIFY_URL = "https://yibao.example.cn/pay/notify/alipay";

    @DynamicPropertySource
    static void alipay(DynamicPropertyRegistry properties) {
        properties.add("yibao.pay.alipay.app-id", () -> AlipayStub.APP_ID);
        properties.add("yibao.pay.alipay.private-key-path", () -> STUB.privateKeyPath.toString());
        properties.add("yibao.pay.alipay.alipay-public-key-path", () -> STUB.alipayPublicKeyPath.toString());
        properties.add("yibao.pay.alipay.notify-url", () -> NOTIFY_URL);
        properties.add("yibao.pay.alipay.endpoint", STUB::endpoint);
    }

    private Json order(CashSettled s) {
        return get("/api/v1/selfpay/orders/" + s.orderNo(), s.token());
    }

    private HttpResponse<String> notify(String body) throws Exception {
        return notify("application/x-www-form-urlencoded; charset=utf-8", body);
    }

    private HttpResponse<String> notify(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/pay/notify/alipay")))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String paidNotice(CashSettled s, String amount, String tradeNo) {
        return STUB.notice(s.orderNo(), amount, tradeNo, "TRADE_SUCCESS", STUB.alipay.getPrivate());
    }

    private void reverse(CashSettled s) {
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId(), "mdtrt_id", s.mdtrtId()))));
    }

    @Test
    void startsASignedPrecreateWithTheOrderNumberAndTheAmountInYuanToTheFen() {
        CashSettled s = cashSettlement("支付宝下单");
        Json started = payCash(s);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("UNPAID");
        assertThat(started.text("channel")).isEqualTo("ALIPAY");
        assertThat(started.text("paymentUrl")).startsWith("https://qr.alipay.com/bax0");

        AlipayStub.Received precreate = STUB.of("alipay.trade.precreate", s.orderNo()).get(0);
        assertThat(precreate.signed()).as("RSA2-signed with the application key").isTrue();
        assertThat(precreate.params()).containsEntry("app_id", AlipayStub.APP_ID).containsEntry("sign_type", "RSA2")
                .containsEntry("notify_url", NOTIFY_URL);
        assertThat(precreate.biz().get("out_trade_no").asString()).isEqualTo(s.orderNo());
        assertThat(precreate.biz().get("total_amount").asString()).isEqualTo("7.50");
        assertThat(precreate.biz().get("subject").asString()).contains("医保自费", s.mdtrtId());
        assertThat(precreate.biz().get("time_expire").asString()).matches("\\d{4}-\\d{2}-\\d{2} 22:00:00");

        assertThat(payCash(s).text("paymentUrl")).as("paying again shows the same code").isEqualTo(started.text("paymentUrl"));
        assertThat(STUB.of("alipay.trade.precreate", s.orderNo())).as("and starts nothing new").hasSize(1);
    }

    @Test
    void theOrderPageShowsAlipaysCodeUntilTheNoticeMarksItPaid() throws Exception {
        CashSettled s = cashSettlement("支付宝页面");
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", s.phone(), "password", "Secret2025"));
        String page = "/voucher/selfpay/" + s.orderNo();
        web.submit(page, page + "/pay", Map.of("idempotencyKey", "page-" + s.setlId()));
        String waiting = web.get(page).body();
        assertThat(waiting).contains("id=\"selfpay-code\"", "src=\"data:image/png;base64,", "请使用支付宝扫码支付")
                .doesNotContain("id=\"selfpay-pay\"");

        assertThat(notify(paidNotice(s, "7.50", "2026120322001400001" + s.setlId())).body()).isEqualTo("success");
        String paid = web.get(page).body();
        assertThat(paid).contains("已支付", "2026120322001400001" + s.setlId()).doesNotContain("id=\"selfpay-code\"");
    }

    @Test
    void aSignedNoticeMarksTheOrderPaidOnceAndARepeatChangesNothing() throws Exception {
        CashSettled s = cashSettlement("支付宝通知");
        payCash(s);
        String notice = paidNotice(s, "7.50", "2026120322001400002" + s.setlId());
        HttpResponse<String> answer = notify(notice);
        assertThat(answer.body()).isEqualTo("success");
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        Json paid = order(s);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("channelRef")).isEqualTo("2026120322001400002" + s.setlId());
        assertThat(paid.text("paymentUrl")).isNull();

        assertThat(notify(notice).body()).as("Alipay sends a notice again until it reads success").isEqualTo("success");
        assertThat(notify(STUB.notice(s.orderNo(), "7.50", "2026120322001400002" + s.setlId(), "TRADE_FINISHED",
                STUB.alipay.getPrivate())).body()).isEqualTo("success");
        assertThat(order(s).text("paidAt")).isEqualTo(paid.text("paidAt"));
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_PAID' and detail like ?",
                s.orderNo() + "%")).isOne();
        JsonNode info = ok(call(HOSPITAL, "5270", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId())))).get("ordinfo");
        assertThat(info.get("ord_stas").asString()).isEqualTo("1");
        assertThat(info.get("pay_chnl").asString()).isEqualTo("ALIPAY");
    }

    @Test
    void refusesANoticeSignedWithAnotherKeyUnsignedOrAlteredAfterSigning() throws Exception {
        CashSettled s = cashSettlement("支付宝伪造");
        payCash(s);
        String tradeNo = "2026120322001400003" + s.setlId();
        HttpResponse<String> forged = notify(STUB.notice(s.orderNo(), "7.50", tradeNo, "TRADE_SUCCESS",
                WechatPayStub.rsa().getPrivate()));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).isEqualTo("failure");
        String genuine = paidNotice(s, "7.50", tradeNo);
        assertThat(notify(genuine.replaceAll("&sign=[^&]*", "")).body()).isEqualTo("failure");
        assertThat(notify(genuine.replace("&sign_type=RSA2", "&sign_type=RSA")).body()).isEqualTo("failure");
        assertThat(notify(genuine.replace("trade_no=" + tradeNo, "trade_no=2088000000000000")).body())
                .as("a field changed after Alipay signed").isEqualTo("failure");
        assertThat(order(s).text("status")).isEqualTo("UNPAID");
        assertThat(count("select count(*) from common_audit_record where detail like ?", s.orderNo() + " %fen%"))
                .isZero();
    }

    @Test
    void refusesANoticeWhoseAmountDiffersByOneFenAuditsItAndMarksNothingPaid() throws Exception {
        CashSettled s = cashSettlement("支付宝金额");
        payCash(s);
        HttpResponse<String> answer = notify(paidNotice(s, "7.49", "2026120322001400004" + s.setlId()));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("failure");
        assertThat(order(s).text("status")).isEqualTo("UNPAID");
        assertThat(count("select count(*) from common_audit_record where action = 'SELFPAY_NOTICE_AMOUNT_MISMATCH'"
                + " and detail like ?", s.orderNo() + " paid 749 fen%")).isOne();
        assertThat(notify(paidNotice(s, "7.5", "2026120322001400004" + s.setlId())).body())
                .as("7.5 is 750 fen exactly").isEqualTo("success");
    }

    @Test
    void answersANoticeForAnUnknownOrderAsFailureAndChangesNothing() throws Exception {
        HttpResponse<String> answer = notify(STUB.notice("ZF000000000000000000", "7.50", "2026120322001400005",
                "TRADE_SUCCESS", STUB.alipay.getPrivate()));
        assertThat(answer.body()).isEqualTo("failure");
        assertThat(count("select count(*) from settlement_cash_order where order_no = 'ZF000000000000000000'")).isZero();
    }

    @Test
    void refusesHostileNoticeBodiesUnreadAndNeverAnswersA500() throws Exception {
        CashSettled s = cashSettlement("支付宝恶意");
        payCash(s);
        String genuine = paidNotice(s, "7.50", "2026120322001400006" + s.setlId());
        assertThat(notify("application/json", genuine).statusCode()).isEqualTo(415);
        assertThat(notify(genuine + "&out_trade_no=ZF1").statusCode()).as("a field twice").isEqualTo(400);
        assertThat(notify(genuine + "&memo=%E4%zz").statusCode()).as("a malformed escape").isEqualTo(400);
        assertThat(notify(genuine + java.util.stream.IntStream.range(0, 64).mapToObj(i -> "&f" + i + "=1")
                .collect(java.util.stream.Collectors.joining())).statusCode()).as("too many fields").isEqualTo(400);
        assertThat(notify(genuine + "&memo=" + "a".repeat(9000)).statusCode()).as("above 8 KB").isEqualTo(413);
        assertThat(notify("").statusCode()).isEqualTo(400);
        assertThat(notify(genuine.replace("total_amount=7.50", "total_amount=7.500")).statusCode()).isBetween(400, 401);
        assertThat(order(s).text("status")).isEqualTo("UNPAID");
    }

    @Test
    void aReversalRefundsAPaidOrderOnceWithItsRefundNumberToTheFen() throws Exception {
        CashSettled s = cashSettlement("支付宝退款");
        payCash(s);
        String notice = paidNotice(s, "7.50", "2026120322001400007" + s.setlId());
        assertThat(notify(notice).body()).isEqualTo("success");
        reverse(s);
        assertThat(order(s).text("status")).isEqualTo("REFUNDED");
        assertThat(notify(notice).body()).as("a late repeat of the paid notice").isEqualTo("success");
        assertThat(STUB.of("alipay.trade.refund", s.orderNo())).singleElement().satisfies(refund -> {
            assertThat(refund.signed()).isTrue();
            assertThat(refund.biz().get("out_request_no").asString()).isEqualTo("TK" + s.orderNo());
            assertThat(refund.biz().get("refund_amount").asString()).isEqualTo("7.50");
        });
        assertThat(order(s).text("status")).isEqualTo("REFUNDED");
    }

    @Test
    void aReversalClosesAStartedUnpaidOrderAndALatePaymentIsReturnedOnce() throws Exception {
        CashSettled s = cashSettlement("支付宝关单");
        payCash(s);
        reverse(s);
        assertThat(order(s).text("status")).isEqualTo("CANCELLED");
        assertThat(STUB.of("alipay.trade.close", s.orderNo())).singleElement()
                .satisfies(close -> assertThat(close.signed()).isTrue());

        String late = paidNotice(s, "7.50", "2026120322001400008" + s.setlId());
        assertThat(notify(late).body()).isEqualTo("success");
        assertThat(notify(late).body()).isEqualTo("success");
        assertThat(order(s).text("status")).isEqualTo("CANCELLED");
        assertThat(STUB.of("alipay.trade.refund", s.orderNo())).as("returned once, however often it is notified")
                .singleElement().satisfies(r -> assertThat(r.biz().get("out_request_no").asString())
                        .isEqualTo("TK" + s.orderNo()));
    }

    @Test
    void aDeclinedPrecreateIsRefusedInChineseAndChangesNothing() {
        CashSettled s = cashSettlement("支付宝拒绝");
        STUB.trouble(s.orderNo(), AlipayStub.Trouble.TRADE_HAS_CLOSE);
        Json refused = payCash(s);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.toString()).contains("SELFPAY_CHANNEL_REFUSED", "该订单在支付宝已关闭");
        Json after = order(s);
        assertThat(after.text("status")).isEqualTo("UNPAID");
        assertThat(after.text("paymentUrl")).isNull();
    }

    @Test
    void anUnreachableAlipayOrAnAnswerNotSignedByAlipayIsA503AndChangesNothing() {
        CashSettled s = cashSettlement("支付宝断线");
        STUB.trouble(s.orderNo(), AlipayStub.Trouble.UNREACHABLE);
        Json unreachable = payCash(s);
        assertThat(unreachable.status()).isEqualTo(503);
        assertThat(unreachable.toString()).contains("SELFPAY_ALIPAY_UNAVAILABLE", "支付宝暂时无法连接");
        STUB.trouble(s.orderNo(), AlipayStub.Trouble.FORGED_ANSWER);
        assertThat(payCash(s).status()).as("a code from an answer Alipay did not sign is never shown").isEqualTo(503);
        assertThat(order(s).text("paymentUrl")).isNull();

        STUB.clear(s.orderNo());
        Json started = payCash(s);
        assertThat(started.status()).as("the same request key works once Alipay answers").isEqualTo(200);
        assertThat(started.text("paymentUrl")).startsWith("https://qr.alipay.com/");
    }

    @Test
    void healthShowsTheAlipayAdapterToAdministrators() {
        JsonNode selfpay = get("/manage/health", null).body().get("components").get("selfpay");
        assertThat(selfpay.get("description").asString()).isEqualTo("configured");
        WebSession admin = staffSession("admin", "Admin2025");
        String health = admin.get("/manage/health", "application/json").body();
        assertThat(health).contains("AlipayCashPaymentChannel");
    }
}
