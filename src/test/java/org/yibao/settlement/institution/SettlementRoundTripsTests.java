package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.common.Money;
import org.yibao.support.RoundTripCounter;

/**
 * What a payment from the personal accounts adds to a settlement's trips to PostgreSQL (docs/adr/0009): its reads
 * travel with the settlement's, the claim and the lock of the payers' accounts go together, and its writes go with the
 * commit, so it adds one round trip, whether the own account pays or a 共济 authorizer's. A round trip is counted
 * where the driver ends one: each Sync message it sends, on the thread that handles the call. Each figure is the
 * fewest of three settlements: now and then a call takes a trip of its own for something else (a new block of
 * settlement ids, the nonces' clean-up).
 */
class SettlementRoundTripsTests extends FsiTest {

    /**
     * A settlement in cash reads everything it needs in one round trip (the visit, its fees, the accumulators, the
     * person's 医疗救助 class, the balance) and writes with the commit in a second: the benefit parameters, the
     * catalog and the input limits are kept in memory ({@code KeptReads}), so they cost none.
     */
    @Test
    void aSettlementInCashTakesTwoRoundTrips() {
        TestPerson p = employee("吴两趟", "130200", "100.00");
        assertThat(fewestTripsOf2207(p, "0")).isEqualTo(2);
    }

    @Test
    void aPaymentFromTheOwnAccountAddsOneRoundTripToASettlementInCash() {
        TestPerson inCash = employee("钱往返", "130200", "100.00");
        TestPerson fromAccount = employee("孙往返", "130200", "100.00");
        long cash = fewestTripsOf2207(inCash, "0");
        long account = fewestTripsOf2207(fromAccount, "1");
        assertThat(balance(fromAccount.id())).isLessThan(Money.ofYuan("100.00"));
        assertThat(account - cash).isEqualTo(1);
    }

    @Test
    void aPaymentThroughMutualAidAddsOneRoundTripToASettlementInCash() {
        TestPerson authorizer = employee("李共往返", "130200", "100.00");
        TestPerson beneficiary = insuredPerson("周共往返", "130200", "246810", "135790");
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?")
                .param(beneficiary.id()).update();
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', '承诺书', ?, ?, 0, now())""")
                .params(authorizer.id(), beneficiary.id(), new byte[] {1}, "0".repeat(64)).update();
        long cash = fewestTripsOf2207(beneficiary, "0");
        long mutualAid = fewestTripsOf2207(beneficiary, "1");
        assertThat(balance(authorizer.id())).isLessThan(Money.ofYuan("100.00"));
        assertThat(mutualAid - cash).isEqualTo(1);
    }

    private long fewestTripsOf2207(TestPerson p, String acctUsedFlag) {
        return java.util.stream.LongStream.range(0, 3).map(i -> tripsOf2207(p, acctUsedFlag)).min().orElseThrow();
    }

    /** Settles a fresh visit of the person with the flag; answers the round trips of the thread that handled it. */
    private long tripsOf2207(TestPerson p, String acctUsedFlag) {
        String mdtrtId = visitWithAmoxicillin(p, "310");
        Map<String, Object> input = settleInput(p, mdtrtId, "310", "12.50");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) input.get("data");
        data.put("acct_used_flag", acctUsedFlag);
        return RoundTripCounter.tripsOf(() -> ok(call(HOSPITAL, "2207", input)));
    }
}
