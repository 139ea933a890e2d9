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
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.DatabaseOutage;
import org.yibao.common.RoundTrips;

/**
 * Answers each {@code msgid} once (API.md §1 idempotency). One transaction spends the nonce, runs the handler and
 * stores the answer ({@link FsiAnswers}, packed) under (institution, msgid) for repeats and 2601 冲正 — only while the {@code sign_no} is open
 * when the call names one (the national common input does not require it), and only when the msgid is new: a
 * concurrent duplicate waits on the stored row's key. The nonce, the writes the handler deferred and the answer
 * travel together, with the commit when none of them needs checking first ({@link RoundTrips}). Each of them
 * refuses in that trip with a code when it may not be stored (nonce spent: 401; msgid answered, sign-in not open),
 * and the transaction is rolled back; so does a refusal from a check the handler deferred. When the handler refuses
 * or its answer cannot be stored, a second transaction spends the nonce and answers: the sign-in refusal, the
 * stored answer of the msgid, or the refusal, which it stores. A call is never run twice, and changes nothing unless
 * its answer is the one stored for its msgid. 9002 签退 closes a sign-in itself, so its sign-in is checked before it
 * runs. When the database is out of reach (a failover of the cluster) the call is answered with its own error code
 * and nothing stored: its outcome is unknown, and the same msgid sent again answers the stored answer when the
 * commit went through, or runs the call when it did not.
 */
@Component
class FsiMessages {

    private static final DateTimeFormatter MS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    /** The refusal of a call whose answer cannot be stored because another answer of its msgid was stored first. */
    private static final String MSGID_ANSWERED = "FSI_MSGID_ANSWERED";
    /** The refusal of a call whose answer cannot be stored because the sign-in it names is not open. */
    private static final String SIGN_IN_CLOSED = "FSI_SIGN_IN_CLOSED";
    /** The answer while the database is out of reach; the call may or may not have been committed. */
    static final String DATABASE_UNAVAILABLE = "医保平台数据库暂不可用（可能正在主备切换），本次交易结果未知："
            + "请稍后使用相同的报文ID(msgid)重发，已完成的交易返回原结果，未完成的交易重新办理";
    private static final Logger log = LoggerFactory.getLogger(FsiMessages.class);

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
        String answer = answer(paasid, null, body, null);
        return answer == null ? "" : answer;
    }

    /**
     * The response body for a call whose headers were found {@link InstitutionSignatures#authentic}; null when the
     * nonce was spent before (the caller answers 401). {@code routedInfno} is the infno a province gateway's path
     * names, null for the plain path.
     */
    @Nullable String answer(String paasid, InstitutionSignatures.@Nullable Signed signed, @Nullable String body,
                            @Nullable String routedInfno) {
        try {
            return answerOnce(paasid, signed, body, routedInfno);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            log.warn("Institution call answered 'database unavailable', to be sent again with its msgid: {}",
                    e.toString());
            return unavailable(body);
        }
    }

    /** The answer of a call met by a database outage: its own error code, nothing stored. */
    String unavailable(@Nullable String body) {
        return render(FsiEnvelope.msgidOf(body), "000000", clock.instant(), DATABASE_UNAVAILABLE, null);
    }

    private @Nullable String answerOnce(String paasid, InstitutionSignatures.@Nullable Signed signed,
                                        @Nullable String body, @Nullable String routedInfno) {
        Instant received = clock.instant();
        FsiCall call;
        try {
            call = envelope.read(paasid, body, routedInfno, received);
        } catch (FsiRefusal refusal) {
            String msgid = FsiEnvelope.msgidOf(body);
            return spent(signed) ? render(msgid, "000000", received, refusal.errMsg(), null) : null;
        }
        String sha = sha256(body == null ? "" : body);
        String region = call.institution().regionCode();
        boolean signInRequired = !"9001".equals(call.infno()) && !call.signNo().isEmpty();
        @Nullable String refusal;
        TransactionCallback<String> first = status -> {
            if (signed != null) {
                signatures.spendWithAnswer(signed);
            }
            boolean signsOut = "9002".equals(call.infno());
            if (signsOut && signInRequired && !signedIn(call)) {
                throw new NotStored(null);
            }
            String response = handle(call, region, received);
            storeWithCommit(call, sha, response, signInRequired && !signsOut);
            return response;
        };
        try {
            return tx.execute(first);
        } catch (NotStored notStored) {
            refusal = notStored.refusal;
        } catch (FsiRefusal deferred) { // a check the handler deferred, judged just before the commit
            refusal = render(call.msgid(), region, received, deferred.errMsg(), null);
        } catch (BusinessException refused) {
            switch (refused.code()) {
                case InstitutionSignatures.NONCE_SPENT -> {
                    return null;
                }
                case MSGID_ANSWERED, SIGN_IN_CLOSED -> refusal = null; // the answering transaction tells which
                default -> throw refused;
            }
        }
        String handlerRefusal = refusal;
        return tx.execute(status -> {
            if (signed != null && !signatures.spend(signed)) {
                return null;
            }
            if (signInRequired && !signedIn(call)) {
                return render(call.msgid(), region, received, "签到流水号sign_no[" + call.signNo()
                        + "]无效或已签退，请先签到(9001)", null);
            }
            return handlerRefusal != null && storeRefusal(call, sha, handlerRefusal) ? handlerRefusal
                    : repeated(call, sha, region, received);
        });
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
     * Queues the answer of a call that succeeded, so that it goes with the commit, after the writes the call deferred,
     * in one round trip. The statement stores it only while the sign-in is open (when one is required) and the msgid
     * is new, and otherwise refuses ({@link RoundTrips}: {@link #SIGN_IN_CLOSED}, {@link #MSGID_ANSWERED}), which
     * rolls the whole call back. A concurrent call with the same msgid waits on the stored row's key.
     */
    private void storeWithCommit(FsiCall call, String sha, String response, boolean signInRequired) {
        roundTrips.deferInTransaction("""
                with signin as (
                    select not ? or exists (select 1 from settlement_signin
                        where sign_no = ? and institution_code = ? and signed_out_at is null) as open),
                stored as (
                    insert into settlement_message (institution_code, msgid, infno, request_sha256,
                        response_packed, succeeded, answered_at)
                    select ?, ?, ?, ?, ?, true, ? from signin where open
                    on conflict (institution_code, msgid) do nothing returning 1)
                select case when not (select open from signin) then yibao_refuse('%s')
                    when not exists (select 1 from stored) then yibao_refuse('%s') else true end"""
                .formatted(SIGN_IN_CLOSED, MSGID_ANSWERED), signInRequired, call.signNo(), call.institutionCode(),
                call.institutionCode(), call.msgid(), call.infno(), sha, FsiAnswers.pack(response),
                clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Stores a refusal under the msgid when the msgid is new; false (and nothing stored) otherwise. */
    private boolean storeRefusal(FsiCall call, String sha, String refusal) {
        return jdbc.sql("""
                insert into settlement_message (institution_code, msgid, infno, request_sha256, response_packed,
                    succeeded, answered_at)
                values (?, ?, ?, ?, ?, false, ?)
                on conflict (institution_code, msgid) do nothing""")
                .params(call.institutionCode(), call.msgid(), call.infno(), sha, FsiAnswers.pack(refusal),
                        clock.instant().atOffset(ZoneOffset.UTC)).update() == 1;
    }

    private boolean signedIn(FsiCall call) {
        return jdbc.sql("""
                select exists (select 1 from settlement_signin
                    where sign_no = ? and institution_code = ? and signed_out_at is null)""")
                .params(call.signNo(), call.institutionCode()).query(Boolean.class).single();
    }

    /** The stored answer of the msgid, when the request is the same; a refusal when it is not. */
    private String repeated(FsiCall call, String sha, String region, Instant received) {
        Stored stored = jdbc.sql("""
                select request_sha256, response, response_packed from settlement_message
                where institution_code = ? and msgid = ?""")
                .params(call.institutionCode(), call.msgid())
                .query((rs, n) -> new Stored(rs.getString(1), FsiAnswers.stored(rs.getString(2), rs.getBytes(3))))
                .single();
        return stored.sha().equals(sha) ? stored.response() : render(call.msgid(), region, received,
                "报文ID msgid[" + call.msgid() + "]已使用，且报文内容与原报文不同", null);
    }

    /** Spends the nonce in a transaction of its own; true when it was not spent before, or there is none. */
    private boolean spent(InstitutionSignatures.@Nullable Signed signed) {
        return signed == null || signatures.spendAlone(signed);
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
                + zeroPadded(serial, 10));
        out.put("refmsg_time", MS.format(received.atZone(BusinessTime.ZONE)));
        out.put("respond_time", MS.format(now.atZone(BusinessTime.ZONE)));
        out.put("err_msg", errMsg);
        out.put("output", output);
        return FsiEnvelope.JSON.writeValueAsString(out);
    }

    /** The number in at least {@code digits} digits, zeros in front (what {@code %0Nd} gives, without a Formatter). */
    static String zeroPadded(long number, int digits) {
        String text = Long.toString(number);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
