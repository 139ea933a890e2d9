package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;

/**
 * DEMO.md's approved 门诊慢特病 (张伟 高血压; 张桂兰 高血压 and 糖尿病), until the service module (issue 6) owns
 * approvals and feeds {@code settlement_chronic_qualification}. Loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(75)
class ChronicQualificationDemoData implements ApplicationRunner {

    private static final String[][] APPROVED = {
            {"130602198807211118", "M00101"}, // 张伟
            {"130602195602141124", "M00101"}, // 张桂兰
            {"130602195602141124", "M00201"},
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronicQualificationDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate approved = BusinessTime.today(clock).withDayOfYear(1).minusYears(1);
        for (String[] a : APPROVED) {
            jdbc.sql("""
                    insert into settlement_chronic_qualification (person_id, disease_code, approved_on)
                    select id, ?, ? from insured_person where id_number = ? on conflict do nothing""")
                    .params(a[1], approved, a[0]).update();
        }
    }
}
