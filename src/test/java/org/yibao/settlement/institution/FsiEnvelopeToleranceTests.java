package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The common input as hospital information systems send it (issue 22): lower-case signatures, no {@code sign_no},
 * the national variant 2203A and the province gateways' path form are served; what is wrong is refused in words.
 */
class FsiEnvelopeToleranceTests extends FsiTest {

    private static final Map<String, Object> SIGN_IN = Map.of("signIn", Map.of("opter_no", "op01"));

    private Json send(String path, Map<String, Object> envelope) {
        return send(path, HOSPITAL, "demo-token-" + HOSPITAL, JSON.writeValueAsString(envelope),
                Instant.now().getEpochSecond(), UUID.randomUUID().toString());
    }

    private static Map<String, Object> envelopeWithout(String infno, String signNo, Object input, String field) {
        Map<String, Object> e = envelope(HOSPITAL, infno, msgid(HOSPITAL), signNo, input);
        e.remove(field);
        return e;
    }

    private static void refused(Json r, String errMsg) {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("infcode").asInt()).as(r.toString()).isEqualTo(-1);
        assertThat(r.text("err_msg")).isEqualTo(errMsg);
    }

    @Test
    void acceptsASignatureInLowerCase() {
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "9001", msgid(HOSPITAL), "", SIGN_IN));
        Json lower = send(PATH, HOSPITAL, "demo-token-" + HOSPITAL, body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString(), s -> s.toLowerCase(Locale.ROOT));
        assertThat(ok(lower).get("signinoutb").get("sign_no").asString()).isNotBlank();
        Json wrong = send(PATH, HOSPITAL, "demo-token-" + HOSPITAL, body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString(), s -> s.toLowerCase(Locale.ROOT).replace('a', 'b').replace('0', '1'));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void signsInWithASignNoThatIsNullOrAbsent() {
        Map<String, Object> withNull = envelope(HOSPITAL, "9001", msgid(HOSPITAL), "", SIGN_IN);
        withNull.put("sign_no", null);
        assertThat(ok(send(PATH, withNull)).get("signinoutb").get("sign_no").asString()).isNotBlank();
        assertThat(ok(send(PATH, envelopeWithout("9001", "", SIGN_IN, "sign_no"))).get("signinoutb")
                .get("sign_no").asString()).isNotBlank();
    }

    @Test
    void servesBusinessCallsWithAnEmptyOrAbsentSignNoAndChecksOneThatIsGiven() {
        TestPerson p = employee("吴无签到", "130200", "10.00");
        Map<String, Object> query = Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber()));
        assertThat(ok(send(PATH, envelope(HOSPITAL, "1101", msgid(HOSPITAL), "", query))).get("baseinfo")
                .get("psn_no").asString()).isEqualTo(Long.toString(p.id()));
        assertThat(ok(send(PATH, envelopeWithout("1101", "", query, "sign_no"))).has("baseinfo")).isTrue();
        refused(send(PATH, envelope(HOSPITAL, "1101", msgid(HOSPITAL), "Q000closed", query)),
                "签到流水号sign_no[Q000closed]无效或已签退，请先签到(9001)");
        Map<String, Object> objectSignNo = envelope(HOSPITAL, "1101", msgid(HOSPITAL), "", query);
        objectSignNo.put("sign_no", Map.of("no", "1"));
        refused(send(PATH, objectSignNo), "公共输入参数[sign_no]格式错误，应为9001签到返回的签到流水号(最多30位)");
    }

    @Test
    void serves2203AAs2203() {
        TestPerson p = employee("吴变体", "130200", "10.00");
        String mdtrtId = register(HOSPITAL, p, "310");
        String msgid = msgid(HOSPITAL);
        ok(call(HOSPITAL, "2203A", msgid, Map.of("mdtrtinfo", Map.of("mdtrt_id", mdtrtId,
                "psn_no", Long.toString(p.id()), "med_type", "11", "begntime", "2026-01-05 09:00:00",
                "dise_codg", "J06.900", "dise_name", "急性上呼吸道感染"))));
        assertThat(jdbc.sql("select dise_codg from settlement_visit where mdtrt_id = ?").param(mdtrtId)
                .query(String.class).single()).isEqualTo("J06.900");
        assertThat(count("select count(*) from settlement_message where msgid = ? and infno = '2203'", msgid)).isOne();
    }

    @Test
    void refusesAnInfnoOfMoreThanSixCharactersBeforeStoringAnything() {
        String msgid = msgid(HOSPITAL);
        refused(call(HOSPITAL, "2203ABC", msgid, Map.of()), "交易编号infno格式错误，应为最多6位字母或数字，如2203A");
        refused(call(HOSPITAL, "22-03", Map.of()), "交易编号infno格式错误，应为最多6位字母或数字，如2203A");
        assertThat(count("select count(*) from settlement_message where msgid = ?", msgid)).isZero();
        String unknown = msgid(HOSPITAL);
        refused(call(HOSPITAL, "2207AB", unknown, Map.of()), "不支持的交易编号infno[2207AB]");
        assertThat(count("select count(*) from settlement_message where msgid = ? and not succeeded", unknown)).isOne();
    }

    @Test
    void acceptsTheProvinceGatewayPathWhenItNamesTheBodysInfno() {
        Json signedIn = send(PATH + "/9001", envelope(HOSPITAL, "9001", msgid(HOSPITAL), "", SIGN_IN));
        String signNo = ok(signedIn).get("signinoutb").get("sign_no").asString();
        TestPerson p = employee("吴路径", "130200", "10.00");
        Map<String, Object> query = Map.of("data", Map.of("mdtrt_cert_type", "02", "mdtrt_cert_no", p.idNumber()));
        assertThat(ok(send(PATH + "/1101", envelope(HOSPITAL, "1101", msgid(HOSPITAL), signNo, query)))
                .get("insuinfo")).hasSize(1);
        String msgid = msgid(HOSPITAL);
        refused(send(PATH + "/2207", envelope(HOSPITAL, "1101", msgid, signNo, query)),
                "请求路径中的交易编号[2207]与报文infno[1101]不一致");
        assertThat(count("select count(*) from settlement_message where msgid = ?", msgid)).isZero();
        refused(send(PATH + "/" + "9".repeat(40), envelope(HOSPITAL, "1101", msgid(HOSPITAL), signNo, query)),
                "请求路径中的交易编号格式错误，应为最多6位字母或数字，且与报文infno[1101]一致");
    }

    @Test
    void theProvinceGatewayPathIsSignedLikeThePlainOne() {
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "9001", msgid(HOSPITAL), "", SIGN_IN));
        Json unsigned = send(PATH + "/9001", HOSPITAL, "wrong-token", body, Instant.now().getEpochSecond(),
                UUID.randomUUID().toString());
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body()).isNull();
    }
}
