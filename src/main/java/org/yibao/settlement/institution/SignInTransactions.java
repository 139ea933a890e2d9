package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;
import tools.jackson.databind.JsonNode;

/** 9001 签到 / 9002 签退: an operator's session; every other transaction carries the {@code sign_no} of an open one. */
@Component
class SignInTransactions implements FsiTransaction {

    private final JdbcClient jdbc;
    private final SettlementIds ids;
    private final Clock clock;

    SignInTransactions(JdbcClient jdbc, SettlementIds ids, Clock clock) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("9001", "9002");
    }

    @Override
    public Object handle(FsiCall call) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(BusinessTime.ZONE));
        if ("9001".equals(call.infno())) {
            JsonNode in = FsiInput.object(call.input(), "signIn");
            String signNo = ids.next("Q");
            jdbc.sql("insert into settlement_signin (sign_no, institution_code, opter_no, signed_in_at) values (?, ?, ?, ?)")
                    .params(signNo, call.institutionCode(), FsiInput.text(in, "opter_no"), now).update();
            return Map.of("signinoutb", Map.of("sign_time", FsiInput.TIME.format(now), "sign_no", signNo));
        }
        JsonNode in = FsiInput.object(call.input(), "signOut");
        String signNo = FsiInput.text(in, "sign_no");
        int closed = jdbc.sql("""
                update settlement_signin set signed_out_at = ?
                where sign_no = ? and institution_code = ? and signed_out_at is null""")
                .params(now, signNo, call.institutionCode()).update();
        if (closed == 0) {
            throw new FsiRefusal("签到流水号sign_no[" + signNo + "]不存在或已签退");
        }
        return Map.of("signinoutb", Map.of("sign_time", FsiInput.TIME.format(now), "sign_no", signNo));
    }
}
