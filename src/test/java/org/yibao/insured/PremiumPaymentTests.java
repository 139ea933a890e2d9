package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;

/** 城乡居民缴费 over the REST API: what it costs, who may pay for whom, and that a payment never counts twice. */
class PremiumPaymentTests extends PremiumFixtures {

    @Autowired
    PremiumPayments payments;

    @Autowired
    PremiumReceipts receipts;

    @Autowired
    PremiumRefunds refunds;

    @Test
    void payingTwiceWithTheSameKeyIsOnePayment() {
        Payer payer = residentWithAccount("韩梅", BAODING);
        String key = UUID.randomUUID().toString();
        Json first = pay(payer, payer.person().id(), year, "TAX", key);
        Json again = pay(payer, payer.person().id(), year, "TAX", key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
        assertThat(first.text("status")).isEqualTo("PENDING");
        assertThat(first.body().get("amount").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(first.body().get("subsidy").decimalValue()).isEqualByComparingTo("700.00");
        assertThat(payments(payer.person().id())).isEqualTo(1);
    }

    @Test
    void aNewKeyForAYearInProgressOrPaidIsRefusedAndTheYearCountsOnce() {
        Payer payer = residentWithAccount("韩磊", BAODING);
        long id = pay(payer, payer.person().id()).body().get("id").asLong();
        Json whilePending = pay(payer, payer.person().id());
        assertThat(whilePending.status()).isEqualTo(409);
        assertThat(whilePending.text("code")).isIn("PREMIUM_IN_PROGRESS", "PREMIUM_ALREADY_PAID");

        Json paid = awaitFinal(payer, id);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("receiptNumber")).startsWith(BAODING + year);
        Json afterwards = pay(payer, payer.person().id());
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.text("code")).isEqualTo("PREMIUM_ALREADY_PAID");
        assertThat(afterwards.text("detail")).isEqualTo(year + "年度城乡居民医保费已缴纳，无需重复缴费");
        assertThat(contributions(payer.person().id(), year)).isEqualTo(1);
        assertThat(payments(payer.person().id())).isEqualTo(1);
    }

    @Test
    void concurrentStartsMakeExactlyOneLivePayment() throws Exception {
        Payer payer = residentWithAccount("韩雪", BAODING);
        int threads = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Json>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Json> start = () -> {
                    go.await();
                    return pay(payer, payer.person().id());
                };
                answers.add(pool.submit(start));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Json> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsOnly(202, 409);
            assertThat(statuses).filteredOn(s -> s == 202).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(payments(payer.person().id())).isEqualTo(1);
    }

    @Test
    void confirmingTwiceAddsOneContribution() {
        Payer payer = residentWithAccount("韩冰", BAODING);
        long id = pay(payer, payer.person().id()).body().get("id").asLong();
        assertThat(awaitFinal(payer, id).text("status")).isEqualTo("PAID");
        assertThat(payments.confirm(id, "SW-AGAIN")).isFalse();
        assertThat(payments.confirm(id, "SW-AGAIN")).isFalse();
        assertThat(contributions(payer.person().id(), year)).isEqualTo(1);
        var row = jdbc.sql("""
                select personal_fen, subsidy_fen, channel, status from insured_contribution
                where person_id = ? and period_year = ? and period_month = 0""")
                .params(payer.person().id(), year).query().singleRow();
        assertThat(row).containsEntry("personal_fen", 40000L).containsEntry("subsidy_fen", 70000L)
                .containsEntry("channel", "TAX").containsEntry("status", "PAID");
        assertThat(get("/api/v1/premium-payments/" + id, payer.token()).text("receiptNumber"))
                .as("the first confirmation's receipt stays").isEqualTo(BAODING + year + String.format("%010d", id));
        assertThat(jdbc.sql("select count(*) from common_audit_record where action = 'PREMIUM_PAYMENT_CONFIRMED' and detail like ?")
                .param("payment " + id + ",%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void paysForARelativeTheAccountEnrolled() {
        Payer payer = accountOnly();
        TestPerson child = enrolledRelative(payer, "韩小宝", BAODING, ResidentCategory.STUDENT_CHILD);
        Json payees = get("/api/v1/premium-payments/payees", payer.token());
        assertThat(payees.body().findValuesAsString("name")).containsExactly("韩*宝");
        Json started = pay(payer, child.id());
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("category")).isEqualTo("STUDENT_CHILD");
        assertThat(awaitFinal(payer, started.body().get("id").asLong()).text("status")).isEqualTo("PAID");
        assertThat(get("/api/v1/premium-payments", payer.token()).body().findValuesAsString("name")).containsExactly("韩*宝");
    }

    @Test
    void refusesAPersonWhoIsNotThePayers() {
        Payer payer = residentWithAccount("韩松", BAODING);
        Payer other = residentWithAccount("韩柏", BAODING);
        Json r = pay(payer, other.person().id());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text("code")).isEqualTo("PREMIUM_NOT_YOUR_PERSON");
        assertThat(r.text("detail")).isEqualTo("只能为本人或经您办理城乡居民参保登记的人员缴费");
        assertThat(payments(other.person().id())).isZero();
    }

    @Test
    void refusesAnEmployeeWhoIsNotInsuredAsAResident() {
        Payer payer = residentWithAccount("韩钢", BAODING);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?")
                .param(payer.person().id()).update();
        Json r = pay(payer, payer.person().id());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PREMIUM_NOT_RESIDENT");
    }

    @Test
    void refusesMutualAidWithoutAPersonalAccountAndUnknownChannels() {
        Payer payer = residentWithAccount("韩亲", BAODING);
        Json mutualAid = pay(payer, payer.person().id(), year, "MUTUAL_AID", UUID.randomUUID().toString());
        assertThat(mutualAid.status()).isEqualTo(409);
        assertThat(mutualAid.text("code")).isEqualTo("PREMIUM_MUTUAL_AID_NO_ACCOUNT");
        Json unknown = pay(payer, payer.person().id(), year, "CASH", UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("code")).isEqualTo("PREMIUM_CHANNEL_UNKNOWN");
        assertThat(payments(payer.person().id())).isZero();
    }

    @Test
    void refusesAYearWhosePaymentPeriodIsNotOpen() {
        Payer payer = residentWithAccount("韩期", BAODING);
        Json r = pay(payer, payer.person().id(), year + 3, "TAX", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("code")).isEqualTo("PREMIUM_PERIOD_CLOSED");
        assertThat(r.text("detail")).isEqualTo((year + 3) + "年度缴费期未开放，暂不能缴费");
    }

    @Test
    void extremePovertyPaysNothingAndMinimumIncomeFortyPercent() throws IOException {
        Payer payer = accountOnly();
        TestPerson poor = enrolledRelative(payer, "韩困", BAODING, ResidentCategory.EXTREME_POVERTY);
        TestPerson low = enrolledRelative(payer, "韩保", BAODING, ResidentCategory.MINIMUM_INCOME);
        Json quote = get("/api/v1/premium-payments/quote?personId=" + low.id() + "&year=" + year, payer.token());
        assertThat(quote.body().get("amount").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(quote.body().get("assistance").decimalValue()).isEqualByComparingTo("240.00");

        Json zero = pay(payer, poor.id());
        Json forty = pay(payer, low.id());
        assertThat(zero.body().get("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(forty.body().get("amount").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(awaitFinal(payer, zero.body().get("id").asLong()).text("status")).isEqualTo("PAID");
        assertThat(awaitFinal(payer, forty.body().get("id").asLong()).text("status")).isEqualTo("PAID");
        assertThat(subsidyFen(poor.id())).as("subsidy 700 + assistance 400").isEqualTo(110_000L);
        assertThat(subsidyFen(low.id())).as("subsidy 700 + assistance 240").isEqualTo(94_000L);
        PremiumPayer asPayer = new PremiumPayer(payer.accountId(), null, AuditTrail.Channel.API);
        try (PDDocument receipt = Loader.loadPDF(receipts.receipt(asPayer, forty.body().get("id").asLong()).pdf())) {
            assertThat(receipt.getNumberOfPages()).as("the longest receipt fits one page").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(receipt))
                    .contains("160.00", "壹佰陆拾元整", "低保对象", "医疗救助资助", "240.00");
        }
    }

    @Test
    void missingFieldsAreRefusedTogether() {
        Payer payer = residentWithAccount("韩空", BAODING);
        Json r = post("/api/v1/premium-payments", Map.of("channel", "TAX"), payer.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("field")).containsExactly("personId", "year");
    }

    @Test
    void aReversalOfAPremiumAProviderCollectedIsRefusedWhenNoChannelReturnsItAndChangesNothing() {
        Payer payer = residentWithAccount("韩退渠", BAODING);
        long id = pay(payer, payer.person().id()).body().get("id").asLong();
        assertThat(awaitFinal(payer, id).text("status")).isEqualTo("PAID");
        jdbc.sql("""
                update insured_premium_payment set provider = 'NOPAY', payment_url = 'nopay://code',
                    payment_expires_at = now() where id = ?""").param(id).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> refunds.reverse(id, "staff:clerk130600", "退费"))
                .isInstanceOfSatisfying(org.yibao.common.BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("PREMIUM_REFUND_UNAVAILABLE"));
        assertThat(get("/api/v1/premium-payments/" + id, payer.token()).text("status")).isEqualTo("PAID");
        assertThat(jdbc.sql("select status from insured_contribution where person_id = ? and period_year = ? "
                + "and period_month = 0").params(payer.person().id(), year).query(String.class).single())
                .isEqualTo("PAID");
    }

    private long subsidyFen(long personId) {
        return jdbc.sql("select subsidy_fen from insured_contribution where person_id = ? and period_year = ? and period_month = 0")
                .params(personId, year).query(Long.class).single();
    }
}
