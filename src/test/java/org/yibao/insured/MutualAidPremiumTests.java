package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.PersonId;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.support.TestIds;
import org.yibao.support.WebSession;

/**
 * 城乡居民（个人共济账户）缴费 and 为他人缴费 by ID number: the authorizer's account pays a relative of their group
 * exactly, once per request key; everyone else is refused with the reason and nothing moves; the agency's
 * reversal gives exactly the amount back.
 */
class MutualAidPremiumTests extends PremiumFixtures {

    @Autowired
    PersonalAccounts accounts;

    @Autowired
    PremiumReceipts receipts;

    @Autowired
    PremiumRefunds refunds;

    /** The payer as an employee with a personal account holding the amount. */
    private Payer employeeWithBalance(String name, String yuan) {
        Payer payer = residentWithAccount(name, "130200");
        accounts.open(new OpenAccount(payer.person().id(), "130200", Money.ofYuan(yuan), "OPEN-" + payer.person().id()));
        return payer;
    }

    private void bindMutualAid(long authorizer, long beneficiary) {
        jdbc.sql("""
                insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                               signature_png, signature_sha256, created_by_account, bound_at)
                values (?, ?, 'SPOUSE', '承诺书', ?, ?, 0, now())""")
                .params(authorizer, beneficiary, new byte[] {1}, "0".repeat(64)).update();
    }

    private Json payByIdNumber(Payer payer, String idNumber, String channel, String key) {
        return post("/api/v1/premium-payments/by-id-number", Map.of("idNumber", idNumber, "year", year,
                "channel", channel, "idempotencyKey", key), payer.token());
    }

    private Money balance(Payer payer) {
        return accounts.balance(new PersonId(payer.person().id())).orElseThrow();
    }

    private long journalSum(long personId) {
        return jdbc.sql("select coalesce(sum(amount_fen), 0) from account_journal where person_id = ? and ledger = 'PERSONAL'")
                .param(personId).query(Long.class).single();
    }

    @Test
    void paysARelativesPremiumFromTheAuthorizersAccountExactlyOnce() throws IOException {
        Payer payer = employeeWithBalance("共建国", "1000.00");
        TestPerson relative = insuredPerson("共秀英", "130200", "246810", null);
        bindMutualAid(payer.person().id(), relative.id());

        Json lookup = post("/api/v1/premium-payments/lookup", Map.of("idNumber", relative.idNumber(), "year", year),
                payer.token());
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.text("name")).isEqualTo("共*英");
        assertThat(lookup.body().get("amount").decimalValue()).isEqualByComparingTo("400.00");

        String key = UUID.randomUUID().toString();
        Json paid = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", key);
        Json again = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", key);
        assertThat(paid.status()).isEqualTo(202);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("payerAccount")).contains("职工医保个人账户");
        assertThat(again.body().get("id").asLong()).isEqualTo(paid.body().get("id").asLong());
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("600.00"));
        assertThat(journalSum(payer.person().id())).isEqualTo(60000);
        assertThat(contributions(relative.id(), year)).isEqualTo(1);

        PremiumPayer asPayer = new PremiumPayer(payer.accountId(), payer.person().id(), AuditTrail.Channel.API);
        try (PDDocument pdf = Loader.loadPDF(receipts.receipt(asPayer, paid.body().get("id").asLong()).pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("缴费账户", "共*国", "职工医保个人账户", "400.00");
        }
    }

    @Test
    void refusesAPersonOutsideThePayersGroupAndMovesNothing() {
        Payer stranger = employeeWithBalance("共陌生", "1000.00");
        TestPerson someone = insuredPerson("共别人", "130200", "246810", null);
        Json r = payByIdNumber(stranger, someone.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PREMIUM_MUTUAL_AID_NOT_IN_GROUP");
        assertThat(balance(stranger)).isEqualTo(Money.ofYuan("1000.00"));
        assertThat(payments(someone.id())).isZero();
    }

    @Test
    void refusesWhenTheBalanceDoesNotCoverThePremiumAndMovesNothing() {
        Payer payer = employeeWithBalance("共余额", "399.99");
        TestPerson relative = insuredPerson("共亲属", "130200", "246810", null);
        bindMutualAid(payer.person().id(), relative.id());
        Json r = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PREMIUM_MUTUAL_AID_BALANCE");
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("399.99"));
        assertThat(payments(relative.id())).isZero();
        assertThat(contributions(relative.id(), year)).isZero();
    }

    @Test
    void refusesAPayerWithoutAPersonalAccount() {
        Payer payer = residentWithAccount("共无账", "130200");
        TestPerson relative = insuredPerson("共亲戚", "130200", "246810", null);
        bindMutualAid(payer.person().id(), relative.id());
        Json r = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PREMIUM_MUTUAL_AID_NO_ACCOUNT");
        assertThat(payments(relative.id())).isZero();
    }

    @Test
    void refusesAnIdNumberOfNoInsuredResident() {
        Payer payer = residentWithAccount("共查无", "130200");
        Json malformed = payByIdNumber(payer, "12345", "TAX", UUID.randomUUID().toString());
        assertThat(malformed.status()).isEqualTo(400);
        Json unknown = payByIdNumber(payer, TestIds.idNumber("110101", LocalDate.of(1990, 1, 1), true), "TAX", UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.text("code")).isEqualTo("PREMIUM_ID_NOT_RESIDENT");
    }

    @Test
    void paysForSomeoneElseByIdNumberThroughTheTaxChannel() {
        Payer payer = residentWithAccount("共代缴", "130200");
        TestPerson other = insuredPerson("共他人", "130200", "246810", null);
        Json started = payByIdNumber(payer, other.idNumber(), "TAX", UUID.randomUUID().toString());
        assertThat(started.status()).isEqualTo(202);
        assertThat(awaitFinal(payer, started.body().get("id").asLong()).text("status")).isEqualTo("PAID");
        assertThat(contributions(other.id(), year)).isEqualTo(1);
    }

    @Test
    void theAgencysReversalGivesExactlyTheAmountBackOnceAndTheYearMayBePaidAgain() {
        Payer payer = employeeWithBalance("共退费", "1000.00");
        TestPerson relative = insuredPerson("共退亲", "130200", "246810", null);
        bindMutualAid(payer.person().id(), relative.id());
        Json paid = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString());
        long id = paid.body().get("id").asLong();

        PremiumPayment refunded = refunds.reverse(id, "staff:clerk130200", "参保登记撤销");
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("1000.00"));
        assertThat(journalSum(payer.person().id())).isEqualTo(100000);
        assertThatThrownBy(() -> refunds.reverse(id, "staff:clerk130200", "再次"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("PREMIUM_NOT_REFUNDABLE");
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("1000.00"));

        Json again = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString());
        assertThat(again.text("status")).isEqualTo("PAID");
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("600.00"));
        assertThat(jdbc.sql("""
                select status from insured_contribution where person_id = ? and insutype = '390' and period_year = ?""")
                .params(relative.id(), year).query(String.class).single()).isEqualTo("PAID");
    }

    @Test
    void theAgencyRefusesToReverseATaxPayment() {
        Payer payer = residentWithAccount("共税务", "130200");
        Json started = pay(payer, payer.person().id());
        long id = started.body().get("id").asLong();
        awaitFinal(payer, id);
        assertThatThrownBy(() -> refunds.reverse(id, "staff:clerk130200", "原因"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("PREMIUM_REFUND_BY_TAX_BUREAU");
    }

    @Test
    void aClerkRefundsOnlyPaymentsOfTheOwnRegion() {
        Payer payer = employeeWithBalance("共柜台", "1000.00");
        TestPerson relative = insuredPerson("共柜亲", "130200", "246810", null);
        bindMutualAid(payer.person().id(), relative.id());
        String receipt = payByIdNumber(payer, relative.idNumber(), "MUTUAL_AID", UUID.randomUUID().toString())
                .text("receiptNumber");

        WebSession otherRegion = new WebSession(port);
        otherRegion.submit("/staff/login", "/staff/login", Map.of("username", "clerk130600", "password", "Clerk2025"));
        assertThat(otherRegion.get("/staff/premium-refunds?receipt=" + receipt).body())
                .contains("未找到该票据号码的缴费记录").doesNotContain("refund-form");

        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk130200", "password", "Clerk2025"));
        String page = clerk.get("/staff/premium-refunds?receipt=" + receipt).body();
        assertThat(page).contains("refund-form", "共柜亲");
        long id = jdbc.sql("select id from insured_premium_payment where receipt_number = ?").param(receipt)
                .query(Long.class).single();
        clerk.submit("/staff/premium-refunds?receipt=" + receipt, "/staff/premium-refunds/" + id,
                Map.of("receipt", receipt, "reason", "参保人申请退费"));
        assertThat(balance(payer)).isEqualTo(Money.ofYuan("1000.00"));
        assertThat(clerk.get("/staff/premium-refunds?receipt=" + receipt).body()).contains("已退费");
    }
}
