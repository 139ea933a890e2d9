package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.bank.BankTransfers;
import org.yibao.service.Applications;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.YibaoHttpTest;

/**
 * A bank that cannot be reached when the 清退 is ordered or sent again: the acceptance still completes, the order
 * stays 待拨付 (never lost, never failed without the bank's word), and the clerk sends it once the bank answers.
 */
class TransferBankOutageTests extends YibaoHttpTest {

    private static final AtomicBoolean DOWN = new AtomicBoolean();

    /** The bank behind the port: down while {@link #DOWN} is set, else paying every order. */
    @TestConfiguration
    static class UnreachableBank {
        @Bean
        @Primary
        BankTransfers unreachableBank() {
            return order -> {
                if (DOWN.get()) {
                    throw new IllegalStateException("connection refused");
                }
                return BankTransfers.Outcome.paid("B" + order.reference());
            };
        }
    }

    @Autowired
    private Applications workflow;

    @Autowired
    private PersonalAccounts accounts;

    @Autowired
    private TransferRegions transferRegions;

    @Autowired
    private TransferRefunds refunds;

    @Test
    void aBankThatCannotBeReachedLeavesTheRefundPendingUntilTheClerkSendsItAgain() {
        transferRegions.set("test", "341100", false);
        TestPerson p = insuredPerson("施断线", "341100", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date, paused_date)
                values (?, '130200', '310', '1101', '2', ?, ?)""")
                .params(p.id(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)).update();
        accounts.open(new OpenAccount(p.id(), "130200", Money.ofYuan("950.00"), "OPEN-" + p.id()));
        String phone = registeredPhone("Secret2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        long id = post("/api/v1/applications/transfer", Map.of("variant", "CROSS_OUT", "fromRegion", "130200",
                "toRegion", "341100", "bankCategory", "ICBC", "bankName", "中国工商银行滁州分行", "bankAccount",
                "6222020200112233445", "bankAccountName", p.name()), login(phone, "Secret2025"))
                .body().get("applicationId").asLong();
        workflow.approve(new Applications.StaffActor("clerk130200", "130200"), id, null);
        DOWN.set(true);
        try {
            workflow.approve(new Applications.StaffActor("clerk341100", "341100"), id, null);
            assertThat(status(id)).isEqualTo("PENDING");
            assertThat(jdbc.sql("select status from service_application where id = ?").param(id)
                    .query(String.class).single()).isEqualTo("APPROVED");
            assertThatThrownBy(() -> refunds.retry("clerk130200", "130200", id))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.code()).isEqualTo("ACCOUNT_REFUND_BANK_UNAVAILABLE"));
            assertThat(status(id)).isEqualTo("PENDING");
        } finally {
            DOWN.set(false);
        }
        assertThat(refunds.retry("clerk130200", "130200", id).status()).isEqualTo("PAID");
        assertThat(accounts.balance(new org.yibao.common.PersonId(p.id()))).contains(Money.ZERO);
        assertThat(jdbc.sql("select count(*) from account_movement where reference = ? and kind = 'TRANSFER_OUT'")
                .param("TRANSFER-" + id).query(Long.class).single()).isOne();
    }

    private String status(long id) {
        return jdbc.sql("select status from account_refund_order where reference = ?").param("TRANSFER-" + id)
                .query(String.class).single();
    }
}
