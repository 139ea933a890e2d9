package org.yibao.settlement.institution;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;

/**
 * The approved 门诊慢特病 of a person, which 门诊慢特病 settlement (med_type 14) needs: whether it is allowed at
 * all and which cap applies. The service module (issue 6) will own the approvals and feed this table.
 */
@Component
class ChronicQualifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronicQualifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int count(long personId) {
        return jdbc.sql("""
                select count(*) from settlement_chronic_qualification
                where person_id = ? and approved_on <= ? and (ended_on is null or ended_on >= ?)""")
                .params(personId, BusinessTime.today(clock), BusinessTime.today(clock))
                .query(Long.class).single().intValue();
    }

    /** Refuses 门诊慢特病 for a person without an approved disease. */
    void requireFor(long personId, String medType) {
        if ("14".equals(medType) && count(personId) == 0) {
            throw new FsiRefusal("人员编号psn_no[" + personId + "]没有已备案的门诊慢特病，不能按门诊慢特病(med_type 14)就医结算");
        }
    }
}
