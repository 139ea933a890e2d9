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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.yibao.common.BusinessTime;

/**
 * Answers each {@code msgid} once (API.md §1 idempotency). In one transaction: an advisory lock on (institution,
 * msgid) so that concurrent duplicates queue, the stored answer if there is one, else the handler in a savepoint —
 * rolled back entirely when it refuses — and the answer stored under the msgid for repeats and 2601 冲正.
 */
@Component
class FsiMessages {

    private static final int LOCK_SPACE = 5002;
    private static final DateTimeFormatter MS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final FsiEnvelope envelope;
    private final FsiTransactions transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate outer;
    private final TransactionTemplate savepoint;

    FsiMessages(FsiEnvelope envelope, FsiTransactions transactions, JdbcClient jdbc, Clock clock,
                PlatformTransactionManager tx) {
        this.envelope = envelope;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.outer = new TransactionTemplate(tx);
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The response body for an authenticated call. */
    String answer(String paasid, @Nullable String body) {
        Instant received = clock.instant();
        FsiCall call;
        try {
            call = envelope.read(paasid, body, received);
        } catch (FsiRefusal refusal) {
            return render(FsiEnvelope.msgidOf(body), "000000", received, refusal.errMsg(), null);
        }
        String sha = sha256(body == null ? "" : body);
        String region = call.institution().regionCode();
        return outer.execute(status -> {
            lock(call);
            Optional<Stored> stored = stored(call);
            if (stored.isPresent()) {
                return stored.get().sha().equals(sha) ? stored.get().response() : render(call.msgid(), region,
                        received, "报文ID msgid[" + call.msgid() + "]已使用，且报文内容与原报文不同", null);
            }
            return handle(call, sha, region, received);
        });
    }

    private String handle(FsiCall call, String sha, String region, Instant received) {
        String response;
        boolean succeeded;
        try {
            FsiTransaction handler = transactions.handler(call.infno())
                    .orElseThrow(() -> new FsiRefusal("不支持的交易编号infno[" + call.infno() + "]"));
            Object output = savepoint.execute(s -> handler.handle(call));
            response = render(call.msgid(), region, received, null, output);
            succeeded = true;
        } catch (FsiRefusal refusal) {
            response = render(call.msgid(), region, received, refusal.errMsg(), null);
            succeeded = false;
        }
        jdbc.sql("""
                insert into settlement_message (institution_code, msgid, infno, request_sha256, response, succeeded,
                    answered_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(call.institutionCode(), call.msgid(), call.infno(), sha, response, succeeded,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return response;
    }

    private void lock(FsiCall call) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(LOCK_SPACE, call.institutionCode() + "/" + call.msgid()).query((rs, n) -> 1).list();
    }

    private Optional<Stored> stored(FsiCall call) {
        return jdbc.sql("select request_sha256, response from settlement_message where institution_code = ? and msgid = ?")
                .params(call.institutionCode(), call.msgid())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2))).optional();
    }

    private record Stored(String sha, String response) {
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
