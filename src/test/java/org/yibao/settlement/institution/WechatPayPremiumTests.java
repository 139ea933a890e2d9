package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.insured.TaxPaymentGateway;
import org.yibao.support.BrowserTest;
import org.yibao.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * 城乡居民（税务系统）缴费 through 微信支付, against the local stub of the WeChat Pay API v3 that checks the merchant's
 * signature: the premium opens as a Native order (its PP number, the amount in fen), the payer sees WeChat's code,
 * WeChat Pay's signed notice confirms it once and to the fen, a late payment and an agency reversal are returned
 * through WeChat Pay once; and a resident pays it in Chromium by the code on the page.
 */
class WechatPayPremiumTests extends BrowserTest {

    static final WechatPayStub STUB = new WechatPayStub();
    private static final String BAODING = "130600";
    private static final String PASSWORD = "Secret2025";

    private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    ApplicationContext context;

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

    @BeforeEach
    void openThisYear() {
        jdbc.sql("""
                insert into insured_region_parameter (region_code, year, resident_individual_fen, resident_subsidy_fen,
                    enrollment_review) values (?, ?, 40000, 70000, 'AUTO') on conflict do nothing""")
                .params(BAODING, year).update();
    }

    private record Resident(TestPerson person, String phone, String token) {
    }

    /** A resident of 保定 whose account is linked to them by social security card. */
    private Resident resident(String name) {
        TestPerson person = insuredPerson(name, BAODING, "246810", null);
        String phone = registeredPhone(PASSWORD);
        String token = login(phone, PASSWORD);
        Json linked = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(),
                "idNumber", person.idNumber(), "cardNumber", person.cardNumber(), "cardPassword", "246810"), token);
        assertThat(linked.status()).as("real-name verification").isEqualTo(200);
        return new Resident(person, phone, token);
    }

    private Json pay(Resident r, String key) {
        return post("/api/v1/premium-payments", Map.of("personId", r.person().id(), "year", year, "channel", "TAX",
                "idempotencyKey", key), r.token());
    }

    private Json payment(Resident r, long id) {
        return get("/api/v1/premium-payments/" + id, r.token());
    }

    private HttpResponse<String> notify(String orderNumber, long fen, String transactionId) throws Exception {
        Map<String, String> notice = STUB.notice(orderNumber, fen, transactionId, STUB.platform.getPrivate());
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

    private long contributions(Resident r) {
        return count("""
                select count(*) from insured_contribution
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0 and status = 'PAID'""",
                r.person().id(), year);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long sentTo(String path, String orderNumber) {
        return STUB.to(path).stream().filter(r -> r.body().contains("\"" + orderNumber + "\"")).count();
    }

    @Test
    void startingAPremiumOpensANativeOrderInFenAndAnswersWechatsCode() throws Exception {
        assertThat(context.getBean(TaxPaymentGateway.class).getClass().getSimpleName())
                .as("WeChat Pay stands in front of the demo tax channel").isEqualTo("OnlinePremiumGateway");
        Resident r = resident("微缴费");
        String key = UUID.randomUUID().toString();
        Json started = pay(r, key);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.text("status")).isEqualTo("PENDING");
        assertThat(started.text("channel")).isEqualTo("TAX");
        assertThat(started.text("provider")).isEqualTo("WECHAT");
        assertThat(started.text("paymentUrl")).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(started.text("paymentExpiresAt")).isNotNull();
        String orderNumber = started.text("orderNumber");
        assertThat(orderNumber).matches("PP\\d{10}");

        WechatPayStub.Received prepay = STUB.to("/v3/pay/transactions/native").stream()
                .filter(x -> x.body().contains(orderNumber)).findFirst().orElseThrow();
        assertThat(prepay.signed()).as("signed with the merchant key").isTrue();
        JsonNode sent = JSON.readTree(prepay.body());
        assertThat(sent.get("out_trade_no").asString()).isEqualTo(orderNumber);
        assertThat(sent.get("amount").get("total").asLong()).isEqualTo(40000);
        assertThat(sent.get("description").asString()).isEqualTo("城乡居民医保缴费 " + year);
        assertThat(sent.get("time_expire").asString()).endsWith("+08:00");
        assertThat(sent.get("notify_url").asString()).isEqualTo("https://yibao.example.cn/pay/notify/wechat");

        assertThat(pay(r, key).text("paymentUrl")).as("the same request shows the same code")
                .isEqualTo(started.text("paymentUrl"));
        assertThat(sentTo("/v3/pay/transactions/native", orderNumber)).as("and opens nothing new").isOne();
        assertThat(pay(r, UUID.randomUUID().toString()).text("code")).isEqualTo("PREMIUM_IN_PROGRESS");
    }

    @Test
    void aSignedNoticeConfirmsThePremiumOnceAndARepeatChangesNothing() throws Exception {
        Resident r = resident("微确认");
        Json started = pay(r, UUID.randomUUID().toString());
        long id = started.body().get("id").asLong();
        String transaction = "4200000101" + id;
        assertThat(notify(started.text("orderNumber"), 40000, transaction).statusCode()).isEqualTo(204);

        Json paid = payment(r, id);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("receiptNumber")).startsWith(BAODING + year);
        assertThat(paid.text("paymentUrl")).as("no code once paid").isNull();
        assertThat(contributions(r)).isOne();

        assertThat(notify(started.text("orderNumber"), 40000, transaction).statusCode())
                .as("WeChat Pay sends a notice again").isEqualTo(204);
        assertThat(payment(r, id).text("completedAt")).isEqualTo(paid.text("completedAt"));
        assertThat(contributions(r)).isOne();
        assertThat(count("select count(*) from common_audit_record where action = 'PREMIUM_PAYMENT_CONFIRMED' "
                + "and detail like ?", "payment " + id + ",%")).isOne();
        assertThat(jdbc.sql("select channel_reference from insured_premium_payment where id = ?").param(id)
                .query(String.class).single()).isEqualTo(transaction);
    }

    @Test
    void refusesANoticeOneFenOffAndCountsNothing() throws Exception {
        Resident r = resident("微差额");
        Json started = pay(r, UUID.randomUUID().toString());
        long id = started.body().get("id").asLong();
        HttpResponse<String> answer = notify(started.text("orderNumber"), 39999, "4200000102" + id);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"FAIL\"", "金额与订单不符");
        assertThat(payment(r, id).text("status")).isEqualTo("PENDING");
        assertThat(contributions(r)).isZero();
        assertThat(count("select count(*) from common_audit_record where action = 'PREMIUM_NOTICE_AMOUNT_MISMATCH' "
                + "and detail like ?", started.text("orderNumber") + " paid 39999 fen%")).isOne();
    }

    @Test
    void refusesANoticeForAPremiumYibaoDoesNotHave() throws Exception {
        HttpResponse<String> answer = notify("PP9999999999", 40000, "4200000103");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("订单不存在");
    }

    @Test
    void aDecliningChannelAnswers503AndLeavesTheYearFreeToPay() {
        Resident r = resident("微拒绝");
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", r.phone(), "password", PASSWORD));
        String form = "/insurance/premium?personId=" + r.person().id() + "&year=" + year;
        Json refused;
        HttpResponse<String> page;
        STUB.declining = true;
        try {
            refused = pay(r, UUID.randomUUID().toString());
            page = web.submit(form, "/insurance/premium", Map.of("personId", Long.toString(r.person().id()),
                    "year", Integer.toString(year), "channel", "TAX", "idempotencyKey", UUID.randomUUID().toString()));
        } finally {
            STUB.declining = false;
        }
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("支付渠道暂不可用或未受理本次缴费，未扣款，请稍后再试", "id=\"premium-submit\"");
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(key.find()).isTrue();
        assertThat(count("select count(*) from insured_premium_payment where idempotency_key = ?", key.group(1)))
                .as("the form's next try is a new payment, not the refused one").isZero();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.text("code")).isEqualTo("PREMIUM_CHANNEL_REFUSED");
        assertThat(refused.text("detail")).isEqualTo("支付渠道暂不可用或未受理本次缴费，未扣款，请稍后再试");
        assertThat(count("select count(*) from insured_premium_payment where person_id = ? and status in "
                + "('PENDING', 'PAID')", r.person().id())).as("no live payment").isZero();

        Json again = pay(r, UUID.randomUUID().toString());
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text("paymentUrl")).startsWith("weixin://");
    }

    @Test
    void aPremiumPaidAfterItsCodeExpiredIsReturnedOnce() throws Exception {
        Resident r = resident("微过期");
        Json first = pay(r, UUID.randomUUID().toString());
        long firstId = first.body().get("id").asLong();
        jdbc.sql("update insured_premium_payment set payment_expires_at = now() - interval '1 minute' where id = ?")
                .param(firstId).update();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", r.phone(), "password", PASSWORD));
        assertThat(web.get("/insurance/premium/" + firstId).body()).contains("id=\"premium-code-expired\"")
                .doesNotContain("id=\"premium-code\"");

        Json second = pay(r, UUID.randomUUID().toString());
        assertThat(second.status()).as("an expired code frees the year").isEqualTo(202);
        assertThat(payment(r, firstId).text("status")).isEqualTo("FAILED");

        String late = "4200000104" + firstId;
        assertThat(notify(first.text("orderNumber"), 40000, late).statusCode()).isEqualTo(204);
        assertThat(notify(first.text("orderNumber"), 40000, late).statusCode()).isEqualTo(204);
        assertThat(payment(r, firstId).text("status")).isEqualTo("FAILED");
        assertThat(contributions(r)).isZero();
        assertThat(sentTo("/v3/refund/domestic/refunds", first.text("orderNumber")))
                .as("returned once, however often it is notified").isOne();
        assertThat(count("select count(*) from common_audit_record where action = 'PREMIUM_PAID_AFTER_FAILURE' "
                + "and detail like ?", first.text("orderNumber") + "%")).isOne();
    }

    @Test
    void anAgencyReversalRefundsThroughWechatPayOnce() throws Exception {
        Resident r = resident("微退费");
        Json started = pay(r, UUID.randomUUID().toString());
        long id = started.body().get("id").asLong();
        String orderNumber = started.text("orderNumber");
        assertThat(notify(orderNumber, 40000, "4200000105" + id).statusCode()).isEqualTo(204);
        String receipt = payment(r, id).text("receiptNumber");

        WebSession clerk = staffSession("clerk130600", "Clerk2025");
        String page = clerk.get("/staff/premium-refunds?receipt=" + receipt).body();
        assertThat(page).contains("id=\"refund-submit\"", "id=\"refund-provider\"");
        clerk.submit("/staff/premium-refunds?receipt=" + receipt, "/staff/premium-refunds/" + id,
                Map.of("receipt", receipt, "reason", "重复参保退费"));
        assertThat(payment(r, id).text("status")).isEqualTo("REFUNDED");
        assertThat(contributions(r)).isZero();
        WechatPayStub.Received refund = STUB.to("/v3/refund/domestic/refunds").stream()
                .filter(x -> x.body().contains("\"" + orderNumber + "\"")).findFirst().orElseThrow();
        assertThat(refund.signed()).isTrue();
        JsonNode sent = JSON.readTree(refund.body());
        assertThat(sent.get("out_refund_no").asString()).isEqualTo("TK" + orderNumber);
        assertThat(sent.get("amount").get("refund").asLong()).isEqualTo(40000);
        assertThat(sent.get("amount").get("total").asLong()).isEqualTo(40000);

        clerk.submit("/staff/premium-refunds?receipt=" + receipt, "/staff/premium-refunds/" + id,
                Map.of("receipt", receipt, "reason", "再次退费"));
        assertThat(sentTo("/v3/refund/domestic/refunds", orderNumber)).as("refunded once").isOne();
    }

    @Test
    void aResidentPaysByWechatsCodeAndThePageTurnsToPaidByItself() throws Exception {
        Resident r = resident("微扫码");
        citizenLogin(r.phone(), PASSWORD);
        browser.get(url("/insurance/premium?personId=" + r.person().id() + "&year=" + year));
        assertThat(field("channel-TAX").isSelected()).isTrue();
        clickAndLoad("premium-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("premium-code")));
        String page = body();
        assertThat(page).contains("请使用微信扫码缴费", "400.00元");
        assertThat(field("premium-code").getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(field("premium-code-expires").getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        String url = browser.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String orderNumber = payment(r, id).text("orderNumber");

        assertThat(notify(orderNumber, 40000, "4200000106" + id).statusCode()).isEqualTo(204);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment-state"), "缴费成功"));
        assertThat(browser.getCurrentUrl()).as("htmx polled, the page did not reload").isEqualTo(url);
        assertThat(field("receipt-link").getAttribute("href")).endsWith("/receipt.pdf");
        assertThat(browser.findElements(By.id("premium-code"))).as("the code is gone once paid").isEmpty();
    }
}
