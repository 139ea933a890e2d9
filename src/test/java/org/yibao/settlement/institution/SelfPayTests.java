package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.RoundTrips;
import org.yibao.settlement.selfpay.CashOrders;
import tools.jackson.databind.JsonNode;

/**
 * 自费支付 after the scan: the cash part of a 2207 becomes one order, paid once in the app through the demo channel,
 * read by the institution with 5270, refunded or cancelled by 2208, expired after closing time.
 */
class SelfPayTests extends FsiTest {

    @Autowired
    RoundTrips roundTrips;
    @Autowired
    org.yibao.settlement.selfpay.CashRefunds refunds;
    @Autowired
    AuditTrail audit;
    @Autowired
    CashOrders cashOrders;

    /** An employee with 5.00 in the account, settled for 12.50 under the deductible: 7.50 is the cash part. */
    private record Settled(TestPerson person, String token, String setlId, String mdtrtId, String orderNo) {
    }

    private Settled settledWithCash(String name) {
        TestPerson p = employee(name, "130200", "5.00");
        String phone = registeredPhone("Secret2025");
        jdbc.sql("update identity_account set person_id = ?, real_name_method = 'EVOUCHER', real_name_at = now() where phone = ?")
                .params(p.id(), phone).update();
        String mdtrtId = visitWithAmoxicillin(p, "310");
        ok(call(HOSPITAL, "2206", settleInput(p, mdtrtId, "310", "12.50")));
        assertThat(count("select count(*) from settlement_cash_order where person_id = ?", p.id()))
                .as("a pre-settlement opens no order").isZero();
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "12.50"))).get("setlinfo");
        assertThat(setl.get("psn_cash_pay").decimalValue()).isEqualByComparingTo("7.50");
        String setlId = setl.get("setl_id").asString();
        closesInAnHour(setlId);
        return new Settled(p, login(phone, "Secret2025"), setlId, mdtrtId, CashOrders.orderNo(setlId));
    }

    private record Opened(OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    /**
     * The order was opened to expire at the closing time after its settlement; the test then sets that closing an
     * hour ahead, so that paying or reading it as 待支付 does not depend on the hour the test runs at (a settlement a
     * second before 22:00 Beijing expires at once).
     */
    private void closesInAnHour(String setlId) {
        Opened opened = jdbc.sql("select created_at, expires_at from settlement_cash_order where setl_id = ?")
                .param(setlId).query((rs, n) -> new Opened(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class))).single();
        assertThat(opened.expiresAt().toInstant()).as("opened to expire at the closing time after its settlement")
                .isEqualTo(cashOrders.expiry(opened.createdAt()).toInstant());
        jdbc.sql("update settlement_cash_order set expires_at = now() + interval '1 hour' where setl_id = ?")
                .param(setlId).update();
    }

    private JsonNode query(Settled s) {
        return ok(call(HOSPITAL, "5270", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId())))).get("ordinfo");
    }

    private Json pay(Settled s, String key, String token) {
        return post("/api/v1/selfpay/orders/" + s.orderNo() + "/payment", Map.of("idempotencyKey", key), token);
    }

    @Test
    void aSettlementsCashPartBecomesOneOrderPaidOnceToTheFen() {
        Settled s = settledWithCash("申自付");
        JsonNode listed = get("/api/v1/selfpay/orders", s.token()).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("UNPAID");
        assertThat(listed.get(0).get("amount").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(query(s).get("ord_stas").asString()).isEqualTo("0");

        Json paid = pay(s, "key-" + s.setlId(), s.token());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(pay(s, "key-" + s.setlId(), s.token()).text("channelRef"))
                .as("the same request again is the same payment").isEqualTo(paid.text("channelRef"));
        Json twice = pay(s, "other-" + s.setlId(), s.token());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("SELFPAY_ALREADY_PAID");

        JsonNode info = query(s);
        assertThat(info.get("ord_stas").asString()).isEqualTo("1");
        assertThat(info.get("ord_amt").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(info.get("pay_chnl").asString()).isEqualTo("DEMO");
        assertThat(info.get("pay_chnl_sn").asString()).isEqualTo(paid.text("channelRef"));
        assertThat(count("select count(*) from settlement_cash_order where setl_id = ?", s.setlId())).isOne();
    }

    @Test
    void refusesAStrangerAMalformedKeyAndAnotherInstitutionsQuery() {
        Settled s = settledWithCash("申陌生");
        String stranger = login(registeredPhone("Secret2025"), "Secret2025");
        Settled other = settledWithCash("申他人");
        Json foreign = pay(s, "key-foreign-" + s.setlId(), other.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("code")).isEqualTo("SELFPAY_NOT_FOUND");
        assertThat(get("/api/v1/selfpay/orders/" + s.orderNo(), other.token()).status()).isEqualTo(404);
        assertThat(pay(s, "key-stranger-" + s.setlId(), stranger).text("code")).isEqualTo("REAL_NAME_REQUIRED");
        Json malformed = pay(s, "短", s.token());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(get("/api/v1/selfpay/orders/" + s.orderNo(), s.token()).text("status")).isEqualTo("UNPAID");
        assertThat(call("H13020300002", "5270", Map.of("data", Map.of("psn_no", Long.toString(s.person().id()),
                "setl_id", s.setlId()))).text("err_msg")).contains("没有自费支付订单");
    }

    @Test
    void aReversalRefundsAPaidOrderAndCancelsAnUnpaidOne() {
        Settled paid = settledWithCash("申退款");
        assertThat(pay(paid, "key-" + paid.setlId(), paid.token()).text("status")).isEqualTo("PAID");
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(paid.person().id()),
                "setl_id", paid.setlId(), "mdtrt_id", paid.mdtrtId()))));
        assertThat(query(paid).get("ord_stas_name").asString()).isEqualTo("已退款");
        assertThat(get("/api/v1/selfpay/orders/" + paid.orderNo(), paid.token()).text("status")).isEqualTo("REFUNDED");

        Settled unpaid = settledWithCash("申撤销");
        ok(call(HOSPITAL, "2208", Map.of("data", Map.of("psn_no", Long.toString(unpaid.person().id()),
                "setl_id", unpaid.setlId(), "mdtrt_id", unpaid.mdtrtId()))));
        assertThat(query(unpaid).get("ord_stas").asString()).isEqualTo("3");
        Json late = pay(unpaid, "key-" + unpaid.setlId(), unpaid.token());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("SELFPAY_CLOSED");
    }

    @Test
    void anUnpaidOrderExpiresAtClosingTimeAndCannotBePaid() {
        Settled s = settledWithCash("申过期");
        // the institution closed an hour ago: the order was opened before it
        jdbc.sql("""
                update settlement_cash_order set created_at = now() - interval '3 hours',
                    expires_at = now() - interval '1 hour' where setl_id = ?""").param(s.setlId()).update();
        assertThat(query(s).get("ord_stas_name").asString()).isEqualTo("已过期");
        Json late = pay(s, "key-" + s.setlId(), s.token());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("SELFPAY_EXPIRED");
        assertThat(count("select count(*) from settlement_cash_order where setl_id = ? and status = 'UNPAID'"
                + " and request_key is null", s.setlId())).isOne();
    }

    @Test
    void withoutAPaymentChannelPayingIsUnavailableAndChangesNothing() {
        Settled s = settledWithCash("申无渠道");
        CashOrders noChannel = new CashOrders(jdbc, refunds, roundTrips, Optional.empty(), audit, Clock.systemUTC(),
                LocalTime.of(22, 0));
        assertThatThrownBy(() -> noChannel.pay(s.person().id(), s.orderNo(), "key-" + s.setlId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("SELFPAY_UNAVAILABLE"));
        assertThat(get("/api/v1/selfpay/orders/" + s.orderNo(), s.token()).text("status")).isEqualTo("UNPAID");
    }

    @Test
    void anOrderExpiresAtTheClosingTimeOfItsDayOrOfTheNextDayAfterClosing() {
        CashOrders orders = new CashOrders(jdbc, refunds, roundTrips, Optional.empty(), audit, Clock.systemUTC(),
                LocalTime.of(22, 0));
        OffsetDateTime morning = OffsetDateTime.of(2026, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(8));
        assertThat(orders.expiry(morning).toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 1, 1, 22, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
        OffsetDateTime lateUtc = OffsetDateTime.of(2026, 1, 1, 14, 30, 0, 0, ZoneOffset.UTC); // 22:30 Beijing
        assertThat(orders.expiry(lateUtc).toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 1, 2, 22, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
    }
}
