package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yibao.support.WebSession;

/**
 * 城乡居民（税务系统）缴费 through 支付宝, end to end against the local Alipay gateway stub: the premium opens as an
 * {@code alipay.trade.precreate} (its PP number, the amount in yuan), Alipay's RSA2-signed notice confirms it
 * (已缴费), the agency's reversal owes it back and Alipay refunds it once under {@code TK<order>}; a refund Alipay
 * cannot take now is sent again until it does, and the payer reads 退款中 until then.
 */
@DirtiesContext // its retry job polls fast: closed with the class, so no other class's refund meets it
class AlipayPremiumTests extends FsiTest {

    static final AlipayStub STUB = new AlipayStub();
    private static final String BAODING = "130600";
    private static final String PASSWORD = "Secret2025";

    private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @DynamicPropertySource
    static void alipay(DynamicPropertyRegistry properties) {
        properties.add("yibao.pay.alipay.app-id", () -> AlipayStub.APP_ID);
        properties.add("yibao.pay.alipay.private-key-path", () -> STUB.privateKeyPath.toString());
        properties.add("yibao.pay.alipay.alipay-public-key-path", () -> STUB.alipayPublicKeyPath.toString());
        properties.add("yibao.pay.alipay.notify-url", () -> "https://yibao.example.cn/pay/notify/alipay");
        properties.add("yibao.pay.alipay.endpoint", STUB::endpoint);
        properties.add("yibao.pay.refund.retry-delay", () -> "PT0.3S");
        properties.add("yibao.pay.refund.poll", () -> "PT0.2S");
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

    private Resident resident(String name) {
        TestPerson person = insuredPerson(name, BAODING, "246810", null);
        String phone = registeredPhone(PASSWORD);
        String token = login(phone, PASSWORD);
        Json linked = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(),
                "idNumber", person.idNumber(), "cardNumber", person.cardNumber(), "cardPassword", "246810"), token);
        assertThat(linked.status()).as("real-name verification").isEqualTo(200);
        return new Resident(person, phone, token);
    }

    private HttpResponse<String> notify(String orderNumber, String amount, String tradeNo) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/pay/notify/alipay")))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        STUB.notice(orderNumber, amount, tradeNo, "TRADE_SUCCESS", STUB.alipay.getPrivate())))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private long contributions(Resident r) {
        return jdbc.sql("""
                select count(*) from insured_contribution
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0 and status = 'PAID'""")
                .params(r.person().id(), year).query(Long.class).single();
    }

    /** Started, paid by Alipay's signed notice: the payment's id and order number. */
    private Json paidThroughAlipay(Resident r) throws Exception {
        Json started = post("/api/v1/premium-payments", Map.of("personId", r.person().id(), "year", year,
                "channel", "TAX", "idempotencyKey", UUID.randomUUID().toString()), r.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.text("provider")).isEqualTo("ALIPAY");
        assertThat(started.text("paymentUrl")).startsWith("https://qr.alipay.com/");
        String orderNumber = started.text("orderNumber");
        AlipayStub.Received precreate = STUB.of("alipay.trade.precreate", orderNumber).get(0);
        assertThat(precreate.signed()).isTrue();
        assertThat(precreate.biz().get("total_amount").asString()).isEqualTo("400.00");

        long id = started.body().get("id").asLong();
        assertThat(notify(orderNumber, "400.00", "2026120322001499" + id).body()).isEqualTo("success");
        return get("/api/v1/premium-payments/" + id, r.token());
    }

    private void reverse(Json paid) {
        WebSession clerk = staffSession("clerk130600", "Clerk2025");
        String receipt = paid.text("receiptNumber");
        assertThat(clerk.get("/staff/premium-refunds?receipt=" + receipt).body()).contains("id=\"refund-provider\"");
        clerk.submit("/staff/premium-refunds?receipt=" + receipt, "/staff/premium-refunds/" + paid.body().get("id").asLong(),
                Map.of("receipt", receipt, "reason", "重复参保退费"));
    }

    @Test
    void aPremiumPaidThroughAlipayIsConfirmedBySignedNoticeAndAnAgencyReversalIsRefundedByAlipayOnce() throws Exception {
        Resident r = resident("支缴费");
        Json paid = paidThroughAlipay(r);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(contributions(r)).isOne();
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", r.phone(), "password", PASSWORD));
        long id = paid.body().get("id").asLong();
        assertThat(web.get("/insurance/premium/" + id).body()).contains("缴费成功");

        reverse(paid);
        String orderNumber = paid.text("orderNumber");
        assertThat(get("/api/v1/premium-payments/" + id, r.token()).text("status")).isEqualTo("REFUNDED");
        assertThat(contributions(r)).isZero();
        assertThat(STUB.of("alipay.trade.refund", orderNumber)).singleElement().satisfies(refund -> {
            assertThat(refund.signed()).isTrue();
            assertThat(refund.biz().get("out_request_no").asString()).isEqualTo("TK" + orderNumber);
            assertThat(refund.biz().get("refund_amount").asString()).isEqualTo("400.00");
        });
        assertThat(STUB.refundsAccepted.get("TK" + orderNumber)).isEqualTo(1);
        assertThat(web.get("/insurance/premium/" + id).body()).contains("已退费").doesNotContain("退款中");
    }

    @Test
    void aPremiumRefundAlipayCannotTakeNowReadsRefundingUntilItIsSentAgainAndAccepted() throws Exception {
        Resident r = resident("支重试");
        Json paid = paidThroughAlipay(r);
        String orderNumber = paid.text("orderNumber");
        long id = paid.body().get("id").asLong();
        STUB.trouble(orderNumber, AlipayStub.Trouble.SYSTEM_ERROR);
        reverse(paid);
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", r.phone(), "password", PASSWORD));
        assertThat(web.get("/insurance/premium/" + id).body()).contains("退款中");
        assertThat(web.get("/insurance/payments").body()).contains("退款中");

        STUB.clear(orderNumber);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (STUB.refundsAccepted.get("TK" + orderNumber) == null && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Thread.sleep(800);
        assertThat(STUB.refundsAccepted.get("TK" + orderNumber)).as("accepted once").isEqualTo(1);
        assertThat(STUB.of("alipay.trade.refund", orderNumber)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(x -> assertThat(x.biz().get("out_request_no").asString()).isEqualTo("TK" + orderNumber));
        assertThat(web.get("/insurance/premium/" + id).body()).contains("已退费").doesNotContain("退款中");
    }
}
