package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import tools.jackson.databind.JsonNode;

/** A msgid is answered once; reversal (2208, 2601) gives back exactly what the settlement took. */
class FsiIdempotencyTests extends FsiTest {

    private static final String ACCUMULATED = """
            select coalesce(sum(deductible_used_fen + fund_paid_fen), 0) from settlement_accumulator where person_id = ?""";

    @Test
    void theSameSettlementMsgidSentTenTimesAtOnceSettlesOnceWithIdenticalAnswers() throws Exception {
        TestPerson p = employee("钱多多", "130200", "100.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "2207", msgid(HOSPITAL), signNo(HOSPITAL),
                settleInput(p, mdtrtId, "310", "12.50")));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Json>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit((Callable<Json>) () -> sendBody(HOSPITAL, body)));
        }
        List<String> bodies = new ArrayList<>();
        for (Future<Json> f : answers) {
            bodies.add(f.get().body().toString());
        }
        pool.shutdown();
        assertThat(bodies).allMatch(b -> b.equals(bodies.get(0)));
        assertThat(bodies.get(0)).contains("\"infcode\":0");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isOne();
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("87.50"));
    }

    @Test
    void aRepeatedMsgidAnswersTheStoredBytesKeptInLessThanHalfTheirSize() {
        TestPerson p = employee("钱六多", "130200", "100.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        String msgid = msgid(HOSPITAL);
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "2207", msgid, signNo(HOSPITAL),
                settleInput(p, mdtrtId, "310", "12.50")));
        String first = sendRaw(HOSPITAL, body);
        assertThat(first).contains("\"infcode\":0").contains("统筹基金支付");
        assertThat(sendRaw(HOSPITAL, body)).isEqualTo(first);
        assertThat(count("""
                select count(*) from settlement_message
                where msgid = ? and response is null and octet_length(response_packed) * 2 < ?""",
                msgid, first.getBytes(StandardCharsets.UTF_8).length)).isOne();
    }

    @Test
    void anAnswerStoredAsTextBeforeItWasPackedIsAnsweredAgainAsStored() throws Exception {
        TestPerson p = employee("钱七多", "130200", "100.00");
        String msgid = msgid(HOSPITAL);
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "1101", msgid, signNo(HOSPITAL),
                Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber()))));
        String stored = "{\"infcode\":0,\"err_msg\":null,\"output\":{\"note\":\"V375之前存储的应答\"}}";
        jdbc.sql("""
                insert into settlement_message (institution_code, msgid, infno, request_sha256, response, succeeded,
                    answered_at)
                values (?, ?, '1101', ?, ?, true, now())""")
                .params(HOSPITAL, msgid, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(body.getBytes(StandardCharsets.UTF_8))), stored).update();
        assertThat(sendRaw(HOSPITAL, body)).isEqualTo(stored);
    }

    @Test
    void theSameMsgidWithAnotherBodyIsRefused() {
        TestPerson p = employee("钱二多", "130200", "100.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        String msgid = msgid(HOSPITAL);
        ok(call(HOSPITAL, "2206", msgid, settleInput(p, mdtrtId, "310", "12.50")));
        Json again = call(HOSPITAL, "2207", msgid, settleInput(p, mdtrtId, "310", "12.50"));
        assertThat(again.body().get("infcode").asInt()).isEqualTo(-1);
        assertThat(again.text("err_msg")).isEqualTo("报文ID msgid[" + msgid + "]已使用，且报文内容与原报文不同");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isZero();
    }

    @Test
    void settlementReversalRestoresTheAccountBalanceAndTheAccumulators() {
        TestPerson p = employee("钱三多", "130200", "1000.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        ok(call(HOSPITAL, "2204", Map.of("feedetail", List.of(
                fee("1", mdtrtId, p.id(), "XR05XAA001", "20", "30.00", "600.00")))));
        JsonNode setl = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "600.00"))).get("setlinfo");
        assertThat(setl.get("hifp_pay").decimalValue()).isEqualByComparingTo("170.00");
        assertThat(count(ACCUMULATED, p.id())).isEqualTo(20000 + 17000);
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("570.00"));

        JsonNode back = ok(call(HOSPITAL, "2208", Map.of("data", Map.of("setl_id", setl.get("setl_id").asString(),
                "mdtrt_id", mdtrtId, "psn_no", Long.toString(p.id()))))).get("setlinfo");
        assertThat(back.get("acct_pay").decimalValue()).isEqualByComparingTo("-430.00");
        assertThat(back.get("balc").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("1000.00"));
        assertThat(count(ACCUMULATED, p.id())).isZero();
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ? and status = 'REVERSED'", mdtrtId)).isOne();
        JsonNode again = ok(call(HOSPITAL, "2207", settleInput(p, mdtrtId, "310", "600.00"))).get("setlinfo");
        assertThat(again.get("hifp_pay").decimalValue()).as("the deductible is available again").isEqualByComparingTo("170.00");
    }

    @Test
    void aCorrectionUndoesTheSettlementSentWithThatMsgid() {
        TestPerson p = employee("钱四多", "130200", "100.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        String msgid = msgid(HOSPITAL);
        ok(call(HOSPITAL, "2207", msgid, settleInput(p, mdtrtId, "310", "12.50")));
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("87.50"));
        ok(call(HOSPITAL, "2601", Map.of("data", Map.of("psn_no", Long.toString(p.id()), "omsgid", msgid,
                "oinfno", "2207"))));
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("100.00"));
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ? and status = 'SETTLED'", mdtrtId)).isZero();
        assertThat(count(ACCUMULATED, p.id())).isZero();
    }
}
