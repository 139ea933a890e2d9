package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;
import org.yibao.support.HeldConnections;

/**
 * A call met by a database outage (a failover: no connection to be had within the pool's timeout) is answered with
 * the interface's own error, HTTP 200 and no stack, and changes nothing; the same msgid sent again once the database
 * is back settles, once.
 */
class FsiDatabaseOutageTests extends FsiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSettlementMetByAnOutageAnswersItsOwnErrorAndSettlesOnceWhenSentAgainWithItsMsgid() throws SQLException {
        TestPerson p = employee("韩断线", "130200", "100.00");
        String mdtrtId = visitWithAmoxicillin(p, "310");
        String msgid = msgid(HOSPITAL);
        String body = JSON.writeValueAsString(envelope(HOSPITAL, "2207", msgid, signNo(HOSPITAL),
                settleInput(p, mdtrtId, "310", "12.50")));

        Json during;
        try (HeldConnections ignored = HeldConnections.all(dataSource)) {
            during = sendBody(HOSPITAL, body);
        }
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.body().get("infcode").asInt()).isEqualTo(-1);
        assertThat(during.text("err_msg")).isEqualTo(FsiMessages.DATABASE_UNAVAILABLE).contains("相同的报文ID(msgid)重发");
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isZero();
        assertThat(count("select count(*) from settlement_message where msgid = ?", msgid)).as("nothing stored").isZero();

        Json after = sendBody(HOSPITAL, body);
        ok(after);
        Json again = sendBody(HOSPITAL, body);
        assertThat(again.body().toString()).isEqualTo(after.body().toString());
        assertThat(count("select count(*) from settlement_settlement where mdtrt_id = ?", mdtrtId)).isOne();
        assertThat(balance(p.id())).isEqualTo(Money.ofYuan("87.50"));
    }
}
