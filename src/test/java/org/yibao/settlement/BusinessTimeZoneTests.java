package org.yibao.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** One business time zone: what a person sees of a settlement is Beijing time, its day and its year. */
class BusinessTimeZoneTests extends YibaoHttpTest {

    @Test
    void aSettlementAtHalfPastMidnightOnTheFirstOfJanuaryBelongsToTheNewYear() {
        TestPerson person = insuredPerson("时区新", "130600", "246810", null);
        String phone = registeredPhone("Secret2025");
        String token = login(phone, "Secret2025");
        assertThat(post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(),
                "idNumber", person.idNumber(), "cardNumber", person.cardNumber(), "cardPassword", "246810"), token)
                .status()).isEqualTo(200);
        int year = LocalDate.now().getYear() - 1;
        OffsetDateTime halfPastMidnight = OffsetDateTime.of(year, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(8));
        String setlId = "TZ" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        int copied = jdbc.sql("""
                insert into settlement_settlement
                select (jsonb_populate_record(null::settlement_settlement, to_jsonb(s) || jsonb_build_object(
                        'setl_id', ?, 'mdtrt_id', ?, 'person_id', ?, 'setl_time', ?, 'status', 'SETTLED',
                        'mulaid_payer_person', null, 'acct_pay', 0, 'acct_mulaid_pay', 0,
                        'psn_cash_pay', s.psn_part_amt))).*
                from settlement_settlement s where s.status = 'SETTLED' order by s.setl_id limit 1""")
                .params(setlId, setlId, person.id(), halfPastMidnight.toString()).update();
        assertThat(copied).isEqualTo(1);

        Json inNewYear = get("/api/v1/consumptions?year=" + year, token);
        assertThat(inNewYear.body().findValuesAsString("setlId")).containsExactly(setlId);
        assertThat(get("/api/v1/consumptions?year=" + (year - 1), token).body().size()).isZero();
        assertThat(OffsetDateTime.parse(inNewYear.body().get(0).get("setlTime").asString()).toLocalDateTime())
                .isEqualTo(halfPastMidnight.toLocalDateTime());

        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        assertThat(web.get("/consumptions/" + setlId).body()).contains(year + "-01-01 00:30");
        assertThat(web.get("/consumptions").body()).contains(year + "-01-01").doesNotContain((year - 1) + "-12-31");
    }
}
