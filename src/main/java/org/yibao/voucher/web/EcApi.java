package org.yibao.voucher.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonId;
import org.yibao.common.RoundTrips;
import org.yibao.common.web.DirectEndpoint;
import org.yibao.common.web.Messages;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.EcTokens;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 电子凭证解码 for institutions (API.md §2): {@code POST /ec/api/query}, a {@link DirectEndpoint} authenticated by the
 * {@code x-tif-*} headers (catalog's {@link InstitutionSignatures}, the same check as the settlement API).
 * Authentication failures answer HTTP 401 and touch nothing; business refusals answer HTTP 200 with a non-zero {@code code} and a precise message.
 */
@Component
class EcApi implements DirectEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Integer> CODES = Map.of("EC_BAD_REQUEST", 1001, "EC_TRANS_TYPE", 1002,
            "EC_ORG_MISMATCH", 1003, "EC_QR_FORGED", 2001, "EC_QR_EXPIRED", 2002, "EC_QR_USED", 2003,
            "EC_VOUCHER_INACTIVE", 2004);

    private final InstitutionSignatures signatures;
    private final EcTokens tokens;
    private final RoundTrips roundTrips;
    private final Messages messages;
    private final TransactionTemplate tx;

    EcApi(InstitutionSignatures signatures, EcTokens tokens, RoundTrips roundTrips, Messages messages,
          PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.signatures = signatures;
        this.tokens = tokens;
        this.roundTrips = roundTrips;
        this.messages = messages;
    }

    @Override
    public String path() {
        return "/ec/api/query";
    }

    @Override
    public String summary() {
        return "ec.query: decode a dynamic QR code into an ecToken for this institution (30 minutes)";
    }

    @Override
    public String tag() {
        return "电子凭证解码 E-voucher decoding (institutions)";
    }

    @Override
    public List<String> requiredHeaders() {
        return InstitutionSignatures.HEADERS;
    }

    /**
     * A call whose signature holds is answered in one transaction that spends the nonce, decodes the code and reads
     * the person; a refusal rolls it back and the nonce is then spent on its own, so a replayed call answers 401
     * either way.
     */
    @Override
    public Reply answer(Call call) {
        Optional<InstitutionSignatures.Signed> authentic = signatures.authentic(call::header);
        if (authentic.isEmpty()) {
            return unauthorized();
        }
        InstitutionSignatures.Signed signed = authentic.get();
        String paasid = signed.paasid();
        try {
            JsonNode request = parse(call.body());
            if (!"ec.query".equals(request.path("transType").asString(""))) {
                throw refuse("EC_TRANS_TYPE");
            }
            if (!request.path("orgId").asString("").equals(paasid)) {
                throw refuse("EC_ORG_MISMATCH");
            }
            String qrCode = request.path("data").path("qrCode").asString("");
            if (qrCode.isBlank()) {
                throw refuse("EC_BAD_REQUEST");
            }
            Map<String, Object> data = tx.execute(status -> {
                signatures.spendWithAnswer(signed);
                return data(tokens.decode(qrCode.strip(), paasid));
            });
            return Reply.ok(json(answer(0, messages.text("voucher.ec.success"), data)));
        } catch (BusinessException e) {
            return signatures.spendAlone(signed) ? Reply.ok(json(answer(CODES.getOrDefault(e.code(), 1999),
                    messages.text(e.errors().get(0)), null))) : unauthorized();
        }
    }

    private Reply unauthorized() {
        return new Reply(401, json(answer(401, messages.text("error.EC_UNAUTHORIZED"), null)));
    }

    private static String json(Map<String, Object> answer) {
        return JSON.writeValueAsString(answer);
    }

    private static JsonNode parse(@Nullable String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw refuse("EC_BAD_REQUEST");
            }
            return node;
        } catch (JacksonException e) {
            throw refuse("EC_BAD_REQUEST");
        }
    }

    private Map<String, Object> data(EcTokens.Decoded decoded) {
        InsuredPersons.Insured insured = roundTrips.run(InsuredPersons.withPeriods(new PersonId(decoded.personId()))).orElseThrow();
        InsuredPerson p = insured.person();
        Optional<String> insuOrg = insured.periods().stream().findFirst().map(InsurancePeriod::regionCode);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ecToken", decoded.ecToken());
        data.put("idNo", p.idNumber().value());
        data.put("idType", "01");
        data.put("userName", p.name());
        data.put("insuOrg", insuOrg.orElse(p.idNumber().regionCode()));
        data.put("ecIndexNo", EcIndex.of(p.idNumber().value()));
        data.put("gender", p.gender().code());
        data.put("birthday", p.birthDate().toString());
        return data;
    }

    private static Map<String, Object> answer(int code, String message, @Nullable Map<String, Object> data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("message", message);
        if (data != null) {
            out.put("data", data);
        }
        return out;
    }

    private static BusinessException refuse(String code) {
        return new BusinessException(org.yibao.common.Problem.INVALID, code);
    }
}
