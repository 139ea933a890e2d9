package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.InstitutionCode;
import org.yibao.common.PersonId;
import org.yibao.support.YibaoHttpTest;

/** 电子凭证解码 (API.md §2): a code is accepted once, while fresh, unforged, by the institution it is shown to. */
class EcDecodingTests extends YibaoHttpTest {

    private static final String HOSPITAL = "H13020300001";
    private static final String PHARMACY = "P13020300001";

    @Autowired
    QrCodes codes;

    @Autowired
    EcTokens ecTokens;

    record Answer(int status, Json json) {
        int code() {
            return json.body().get("code").asInt();
        }

        String message() {
            return json.text("message");
        }
    }

    private Answer query(String institution, String qrCode) {
        return query(institution, institution, qrCode, Instant.now().getEpochSecond(), UUID.randomUUID().toString(),
                "demo-token-" + institution);
    }

    private Answer query(String paasid, String orgId, String qrCode, long timestamp, String nonce, String token) {
        String ts = Long.toString(timestamp);
        Map<String, Object> body = Map.of("orgId", orgId, "transType", "ec.query", "data", Map.of("qrCode", qrCode,
                "businessType", "01101", "operatorId", "op01", "operatorName", "收费员", "officeId", "D01",
                "officeName", "门诊收费处"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/ec/api/query")))
                .header("Content-Type", "application/json")
                .header("x-tif-paasid", paasid).header("x-tif-timestamp", ts).header("x-tif-nonce", nonce)
                .header("x-tif-signature", InstitutionSignatures.sign(ts, token, nonce))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), new Json(r.statusCode(), JSON.readTree(r.body())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long ecTokenRows(long personId) {
        return jdbc.sql("select count(*) from voucher_ec_token where person_id = ?").param(personId)
                .query(Long.class).single();
    }

    @Test
    void aCodeDecodesOnceIntoAnEcTokenForThatInstitutionAndIsThenRefused() {
        TestPerson p = insuredPerson("郑海涛", "130200", "246810", "135790");
        QrCode code = codes.issue(p.id(), "NHSA_APP");
        assertThat(code.text()).startsWith("YB").hasSizeLessThan(140);
        assertThat(code.image()).startsWith("data:image/png;base64,");
        assertThat(code.expiresAt()).isEqualTo(code.issuedAt().plusSeconds(60));

        Answer ok = query(HOSPITAL, code.text());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.code()).isZero();
        var data = ok.json().body().get("data");
        String ecToken = data.get("ecToken").asString();
        assertThat(ecToken).hasSize(40);
        assertThat(data.get("idNo").asString()).isEqualTo(p.idNumber());
        assertThat(data.get("idType").asString()).isEqualTo("01");
        assertThat(data.get("userName").asString()).isEqualTo("郑海涛");
        assertThat(data.get("insuOrg").asString()).isEqualTo("130200");
        assertThat(data.get("ecIndexNo").asString()).isNotBlank();
        assertThat(data.get("gender").asString()).isIn("1", "2");
        assertThat(data.get("birthday").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ecTokens.resolve(ecToken, new InstitutionCode(HOSPITAL))).contains(new PersonId(p.id()));
        assertThat(ecTokens.resolve(ecToken, new InstitutionCode(PHARMACY))).as("only for the institution that scanned it").isEmpty();

        Answer again = query(HOSPITAL, code.text());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.code()).isNotZero();
        assertThat(again.message()).isEqualTo("二维码已使用，请刷新后重新出示");
        assertThat(query(PHARMACY, code.text()).message()).as("nor by another institution")
                .isEqualTo("二维码已使用，请刷新后重新出示");
        assertThat(ecTokenRows(p.id())).isEqualTo(1);
    }

    @Test
    void aCodeOlderThanItsSixtySecondsIsRefusedAsExpired() {
        TestPerson p = insuredPerson("郑海燕", "130200", "246810", "135790");
        QrCode old = codes.issueAt(p.id(), "WECHAT", Instant.now().minusSeconds(61));
        Answer r = query(HOSPITAL, old.text());
        assertThat(r.code()).isNotZero();
        assertThat(r.message()).isEqualTo("二维码已过期，请刷新后重新出示");
        assertThat(ecTokenRows(p.id())).isZero();
        assertThat(query(HOSPITAL, codes.issueAt(p.id(), "WECHAT", Instant.now().minusSeconds(50)).text()).code())
                .as("still fresh at 50 s").isZero();
    }

    @Test
    void aTamperedOrForgedCodeIsRefused() {
        TestPerson p = insuredPerson("郑海波", "130200", "246810", "135790");
        TestPerson other = insuredPerson("郑海洋", "130200", "246810", "135790");
        String text = codes.issue(p.id(), "NHSA_APP").text();
        char last = text.charAt(text.length() - 1);
        String tamperedSignature = text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(query(HOSPITAL, tamperedSignature).message()).contains("签名校验失败");
        String otherCode = codes.issue(other.id(), "NHSA_APP").text();
        String swappedPayload = otherCode.substring(0, 20) + text.substring(20);
        assertThat(query(HOSPITAL, swappedPayload).message()).contains("签名校验失败");
        assertThat(query(HOSPITAL, "https://example.com/not-a-voucher").message()).contains("签名校验失败");
        assertThat(ecTokenRows(p.id()) + ecTokenRows(other.id())).isZero();
    }

    @Test
    void anInstitutionCannotDecodeForAnotherOrgId() {
        TestPerson p = insuredPerson("郑海峰", "130200", "246810", "135790");
        String text = codes.issue(p.id(), "NHSA_APP").text();
        Answer r = query(HOSPITAL, PHARMACY, text, Instant.now().getEpochSecond(), UUID.randomUUID().toString(),
                "demo-token-" + HOSPITAL);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).contains("orgId与x-tif-paasid不一致");
        assertThat(ecTokenRows(p.id())).isZero();
        assertThat(query(HOSPITAL, text).code()).as("the refusal did not spend the code").isZero();
    }

    @Test
    void aBadSignatureAStaleTimestampOrAReplayedNonceAnswer401AndChangeNothing() {
        TestPerson p = insuredPerson("郑海鹰", "130200", "246810", "135790");
        String text = codes.issue(p.id(), "NHSA_APP").text();
        long now = Instant.now().getEpochSecond();
        assertThat(query(HOSPITAL, HOSPITAL, text, now, UUID.randomUUID().toString(), "wrong-token").status())
                .isEqualTo(401);
        assertThat(query(HOSPITAL, HOSPITAL, text, now - 301, UUID.randomUUID().toString(),
                "demo-token-" + HOSPITAL).status()).isEqualTo(401);
        assertThat(query("H99999999999", "H99999999999", text, now, UUID.randomUUID().toString(),
                "demo-token-H99999999999").status()).as("unknown institution").isEqualTo(401);
        assertThat(ecTokenRows(p.id())).isZero();

        String nonce = UUID.randomUUID().toString();
        assertThat(query(HOSPITAL, HOSPITAL, text, now, nonce, "demo-token-" + HOSPITAL).code()).isZero();
        TestPerson q = insuredPerson("郑海鸥", "130200", "246810", "135790");
        Answer replay = query(HOSPITAL, HOSPITAL, codes.issue(q.id(), "NHSA_APP").text(), now, nonce,
                "demo-token-" + HOSPITAL);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(ecTokenRows(q.id())).isZero();
    }

    @Test
    void aLostSocialSecurityCardDoesNotStopTheEvoucher() {
        TestPerson p = insuredPerson("郑海鸿", "130200", "246810", "135790");
        jdbc.sql("update insured_social_card set status = 'LOST' where person_id = ?").param(p.id()).update();
        assertThat(query(HOSPITAL, codes.issue(p.id(), "ALIPAY").text()).code()).isZero();
    }

    @Test
    void aFrozenEvoucherGetsNoCodeAndItsCodesAreRefused() {
        TestPerson p = insuredPerson("郑海鹏", "130200", "246810", "135790");
        String text = codes.issue(p.id(), "NHSA_APP").text();
        jdbc.sql("update voucher_evoucher set status = 'FROZEN' where person_id = ?").param(p.id()).update();
        assertThat(query(HOSPITAL, text).message()).isEqualTo("该参保人的医保电子凭证未激活或已停用");
    }
}
