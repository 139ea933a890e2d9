package org.yibao.settlement.institution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.BusinessTime;
import org.yibao.common.RoundTrips;

/**
 * Answers each {@code msgid} once (API.md §1 idempotency). One transaction spends the nonce, runs the handler and
 * stores the answer under (institution, msgid) for repeats and 2601 冲正 — only while the {@code sign_no} is open,
 * and only when the msgid is new: a concurrent duplicate waits on the stored row's key. The nonce and the writes the
 * handler deferred travel with the stored answer; a nonce spent before fails that trip, the transaction is rolled
 * back and the call answers 401, and a refusal from a check the handler deferred is answered like its own. When the handler refuses, the answer cannot be stored, or the sign-in is closed,
 * that transaction is rolled back entirely and a second one spends the nonce and answers: the sign-in refusal, the
 * stored answer of the msgid, or the refusal, which it stores. A call therefore
 * changes nothing unless its answer is the one stored for its msgid. 9002 签退 closes a sign-in itself, so its
 * sign-in is checked before it runs.
 */
@Component
class FsiMessages {

    private static final DateTimeFormatter MS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final FsiEnvelope envelope;
    private final FsiTransactions transactions;
    private final InstitutionSignatures signatures;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final RoundTrips roundTrips;

    FsiMessages(FsiEnvelope envelope, FsiTransactions transactions, InstitutionSignatures signatures, JdbcClient jdbc,
                Clock clock, PlatformTransactionManager tx, RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.envelope = envelope;
        this.transactions = transactions;
        this.signatures = signatures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = new TransactionTemplate(tx);
    }

    /** The response body for a call made on the institution's behalf (the cashier pages), without a nonce. */
    String answer(String paasid, @Nullable String body) {
        String answer = answer(paasid, null, body);
        return answer == null ? "" : answer;
    }

    /**
     * The response body for a call whose headers were found {@link InstitutionSignatures#authentic}; null when the
     * nonce was spent before (the caller answers 401).
     */
    @Nullable String answer(String paasid, @Nullable String nonce, @Nullable String body) {
        Instant received = clock.instant();
        FsiCall call;
        try {
            call = envelope.read(paasid, body, received);
        } catch (FsiRefusal refusal) {
            String msgid = FsiEnvelope.msgidOf(body);
            return spent(paasid, nonce) ? render(msgid, "000000", received, refusal.errMsg(), null) : null;
        }
        String sha = sha256(body == null ? "" : body);
        String region = call.institution().regionCode();
        boolean signInRequired = !"9001".equals(call.infno());
        try {
            return tx.execute(status -> {
                if (nonce != null) {
                    signatures.spendWithAnswer(paasid, nonce);
                }
                boolean signsOut = "9002".equals(call.infno());
                if (signsOut && !signedIn(call)) {
                    throw new NotStored(null);
                }
                String response = handle(call, region, received);
                boolean stored;
                try {
                    stored = store(call, sha, response, true, signInRequired && !signsOut);
                } catch (FsiRefusal refusal) { // a check the handler deferred to this round trip
                    throw new NotStored(render(call.msgid(), region, received, refusal.errMsg(), null));
                }
                if (!stored) {
                    throw new NotStored(null);
                }
                return response;
            });
        } catch (DuplicateKeyException clash) {
            if (spent(paasid, nonce)) {
                throw clash;
            }
            return null;
        } catch (NotStored notStored) {
            return tx.execute(status -> {
                if (nonce != null && !signatures.spend(paasid, nonce)) {
                    return null;
                }
                if (signInRequired && !signedIn(call)) {
                    return render(call.msgid(), region, received, "签到流水号sign_no[" + call.signNo()
                            + "]无效或已签退，请先签到(9001)", null);
                }
                String refusal = notStored.refusal;
                return refusal != null && store(call, sha, refusal, false, false) ? refusal
                        : repeated(call, sha, region, received);
            });
        }
    }

    private String handle(FsiCall call, String region, Instant received) {
        try {
            FsiTransaction handler = transactions.handler(call.infno())
                    .orElseThrow(() -> new FsiRefusal("不支持的交易编号infno[" + call.infno() + "]"));
            return render(call.msgid(), region, received, null, handler.handle(call));
        } catch (FsiRefusal refusal) {
            throw new NotStored(render(call.msgid(), region, received, refusal.errMsg(), null));
        }
    }

    /**
     * Stores the answer under the msgid when the msgid is new and, if one is required, the sign-in is open;
     * false (and nothing stored) otherwise. The writes the call deferred go in the same round trip, just before.
     */
    private boolean store(FsiCall call, String sha, String response, boolean succeeded, boolean signInRequired) {
        return (Integer) roundTrips.run(List.of(RoundTrips.Sql.update("""
                insert into settlement_message (institution_code, msgid, infno, request_sha256, response, succeeded,
                    answered_at)
                select ?, ?, ?, ?, ?, ?, ?
                where not ? or exists (select 1 from settlement_signin
                    where sign_no = ? and institution_code = ? and signed_out_at is null)
                on conflict (institution_code, msgid) do nothing""", call.institutionCode(), call.msgid(), call.infno(),
                sha, response, succeeded, clock.instant().atOffset(ZoneOffset.UTC), signInRequired, call.signNo(),
                call.institutionCode()))).get(0) == 1;
    }

    private boolean signedIn(FsiCall call) {
        return jdbc.sql("""
                select exists (select 1 from settlement_signin
                    where sign_no = ? and institution_code = ? and signed_out_at is null)""")
                .params(call.signNo(), call.institutionCode()).query(Boolean.class).single();
    }

    /** The stored answer of the msgid, when the request is the same; a refusal when it is not. */
    private String repeated(FsiCall call, String sha, String region, Instant received) {
        Stored stored = jdbc.sql("select request_sha256, response from settlement_message where institution_code = ? and msgid = ?")
                .params(call.institutionCode(), call.msgid())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2))).single();
        return stored.sha().equals(sha) ? stored.response() : render(call.msgid(), region, received,
                "报文ID msgid[" + call.msgid() + "]已使用，且报文内容与原报文不同", null);
    }

    /** Spends the nonce in a transaction of its own; true when it was not spent before, or there is none. */
    private boolean spent(String paasid, @Nullable String nonce) {
        return nonce == null || Boolean.TRUE.equals(tx.execute(status -> signatures.spend(paasid, nonce)));
    }

    private record Stored(String sha, String response) {
    }

    /** Rolls back a call whose answer was not stored, carrying the handler's refusal when there was one. */
    private static final class NotStored extends RuntimeException {
        private final @Nullable String refusal;

        NotStored(@Nullable String refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    /** The response envelope (公共输出); {@code inf_refmsgid} is region(6) + time(14) + serial(10). */
    private String render(String msgid, String region, Instant received, @Nullable String errMsg,
                          @Nullable Object output) {
        Instant now = clock.instant();
        long serial = Math.floorMod(received.toEpochMilli() * 1000 + msgid.hashCode(), 10_000_000_000L);
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("infcode", errMsg == null ? 0 : -1);
        out.put("inf_refmsgid", region + MS.format(received.atZone(BusinessTime.ZONE)).substring(0, 14)
                + String.format("%010d", serial));
        out.put("refmsg_time", MS.format(received.atZone(BusinessTime.ZONE)));
        out.put("respond_time", MS.format(now.atZone(BusinessTime.ZONE)));
        out.put("err_msg", errMsg);
        out.put("output", output);
        return FsiEnvelope.JSON.writeValueAsString(out);
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
