package org.yibao.account.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.account.OpenAccount;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.Money;

/**
 * DEMO.md's personal-account balances as opening balances. The balances already contain the demo contribution
 * history, so every month of it is marked as credited and the monthly job never adds those months again.
 * Residents have no personal account. Loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(70)
class AccountDemoData implements ApplicationRunner {

    private static final String[][] BALANCES = {
            {"130203197503121017", "130200", "1860.00"}, // 王建国
            {"130203194801051033", "130200", "3200.00"}, // 王德福, retired
            {"130203198209151519", "130200", "950.00"},  // 孙强, account still in 唐山 until 转移接续
            {"341102199304301223", "341100", "2680.00"}, // 陈静
            {"360602199008081318", "360600", "1530.00"}, // 刘洋
            {"110108198501021423", "110000", "2400.00"}, // 赵敏
    };

    private final JdbcClient jdbc;
    private final PersonalAccounts accounts;

    AccountDemoData(JdbcClient jdbc, PersonalAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String[] b : BALANCES) {
            jdbc.sql("select id from insured_person where id_number = ?").param(b[0]).query(Long.class).optional()
                    .ifPresent(person -> accounts.open(new OpenAccount(person, b[1], Money.ofYuan(b[2]),
                            "DEMO-OPENING-" + person)));
        }
        jdbc.sql("""
                insert into account_crediting_run (period_year, period_month, status, started_at, finished_at)
                select distinct period_year, period_month, 'DEMO_OPENING', now(), now() from insured_contribution
                where insutype = '310' and period_month > 0
                on conflict do nothing""").update();
    }
}
