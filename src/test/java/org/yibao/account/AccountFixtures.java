package org.yibao.account;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.Money;
import org.yibao.support.YibaoHttpTest;
import org.yibao.common.PersonId;

/** Persons with personal accounts and 家庭共济 bindings made directly, for the ledger's tests. */
abstract class AccountFixtures extends YibaoHttpTest {

    @Autowired
    protected PersonalAccounts accounts;

    protected long personWithAccount(String name, String yuan) {
        long id = insuredPerson(name, "130200", "246810", null).id();
        accounts.open(new OpenAccount(id, "130200", Money.ofYuan(yuan), "OPEN-" + id));
        return id;
    }

    protected long personWithoutAccount(String name) {
        return insuredPerson(name, "130200", "246810", null).id();
    }

    protected void bindMutualAid(long authorizer, long beneficiary) {
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', '承诺书', ?, ?, 0, now())""")
                .params(authorizer, beneficiary, new byte[] {1}, "0".repeat(64)).update();
    }

    /** Pays as a settlement does, with the balance read just before. */
    protected PaymentSplit pay(AccountPayment order) {
        return accounts.pay(order);
    }

    protected static String reference() {
        return "T" + UUID.randomUUID().toString().replace("-", "");
    }

    protected static Money yuan(String yuan) {
        return Money.ofYuan(yuan);
    }

    protected Money balance(long personId) {
        return accounts.balance(new PersonId(personId)).orElseThrow();
    }

    /** The sum of the person's PERSONAL legs: must always equal the balance row. */
    protected Money journalSum(long personId) {
        return Money.ofFen(jdbc.sql("""
                select coalesce(sum(amount_fen), 0) from account_journal where person_id = ? and ledger = 'PERSONAL'""")
                .param(personId).query(Long.class).single());
    }

    /** Movements whose legs do not sum to zero (must be none). */
    protected long unbalancedMovements() {
        return jdbc.sql("""
                select count(*) from (select movement_id from account_journal group by movement_id
                                      having sum(amount_fen) <> 0) u""").query(Long.class).single();
    }
}
