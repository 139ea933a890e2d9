package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.yibao.support.YibaoHttpTest;

/** Residents, payers and open payment years for the premium tests; each test makes its own people. */
abstract class PremiumFixtures extends YibaoHttpTest {

    static final String PASSWORD = "Secret2025";
    static final String BAODING = "130600";

    protected final int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    /** A logged-in citizen: account id, API token, phone (for the web login) and the own person if any. */
    record Payer(long accountId, String token, String phone, TestPerson person) {
    }

    @BeforeEach
    void openPaymentYears() {
        for (String region : new String[] {"130200", BAODING, "341100", "360600", "110000"}) {
            for (int y = year - 1; y <= year + 1; y++) {
                jdbc.sql("""
                        insert into insured_region_parameter (region_code, year, resident_individual_fen,
                            resident_subsidy_fen, enrollment_review)
                        values (?, ?, 40000, 70000, 'AUTO') on conflict do nothing""").params(region, y).update();
            }
        }
    }

    /** A resident of the region with an account linked to them by social security card. */
    Payer residentWithAccount(String name, String region) {
        TestPerson person = insuredPerson(name, region, "246810", null);
        String phone = registeredPhone(PASSWORD);
        String token = login(phone, PASSWORD);
        Json linked = post("/api/v1/me/real-name", Map.of("method", "SOCIAL_CARD", "name", person.name(),
                "idNumber", person.idNumber(), "cardNumber", person.cardNumber(), "cardPassword", "246810"), token);
        assertThat(linked.status()).as("real-name verification").isEqualTo(200);
        return new Payer(accountId(phone), token, phone, person);
    }

    /** A citizen with an account but no linked person. */
    Payer accountOnly() {
        String phone = registeredPhone(PASSWORD);
        return new Payer(accountId(phone), login(phone, PASSWORD), phone, null);
    }

    long accountId(String phone) {
        return jdbc.sql("select id from identity_account where phone = ?").param(phone).query(Long.class).single();
    }

    /** A relative the payer enrolled as a resident of the region, approved, in the category. */
    TestPerson enrolledRelative(Payer payer, String name, String region, ResidentCategory category) {
        TestPerson person = insuredPerson(name, region, "246810", null);
        jdbc.sql("""
                insert into insured_enrollment (applicant_account, region_code, id_number, name, phone, category, for_self,
                    status, created_at, submitted_at, decided_at, decided_by, person_id)
                values (?, ?, ?, ?, '13900000000', ?, false, 'APPROVED', ?, ?, ?, 'test', ?)""")
                .params(payer.accountId(), region, person.idNumber(), person.name(), category.name(),
                        OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now(), person.id())
                .update();
        return person;
    }

    Json pay(Payer payer, long personId, int forYear, String channel, String key) {
        return post("/api/v1/premium-payments", Map.of("personId", personId, "year", forYear, "channel", channel,
                "idempotencyKey", key), payer.token());
    }

    Json pay(Payer payer, long personId) {
        return pay(payer, personId, year, "TAX", UUID.randomUUID().toString());
    }

    /** Polls the payment like an app would until the tax system has reported. */
    Json awaitFinal(Payer payer, long paymentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Json p = get("/api/v1/premium-payments/" + paymentId, payer.token());
            if (!"PENDING".equals(p.text("status")) || System.nanoTime() > deadline) {
                return p;
            }
            sleep(200);
        }
    }

    long contributions(long personId, int forYear) {
        return jdbc.sql("""
                select count(*) from insured_contribution
                where person_id = ? and insutype = '390' and period_year = ? and period_month = 0""")
                .params(personId, forYear).query(Long.class).single();
    }

    long payments(long personId) {
        return jdbc.sql("select count(*) from insured_premium_payment where person_id = ?").param(personId)
                .query(Long.class).single();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
