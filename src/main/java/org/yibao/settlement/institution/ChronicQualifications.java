package org.yibao.settlement.institution;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessTime;

/**
 * The approved 门诊慢特病 of a person, which 门诊慢特病 settlement (med_type 14) needs: whether it is allowed at
 * all and which cap applies. The service module owns the approvals; this asks its API.
 */
@Component("settlementChronicQualifications")
class ChronicQualifications {

    private final org.yibao.service.ChronicQualifications qualifications;
    private final Clock clock;

    ChronicQualifications(org.yibao.service.ChronicQualifications qualifications, Clock clock) {
        this.qualifications = qualifications;
        this.clock = clock;
    }

    int count(long personId) {
        return qualifications.activeCount(personId, BusinessTime.today(clock));
    }

    /** Refuses 门诊慢特病 for a person without an approved disease. */
    void requireFor(long personId, String medType) {
        if ("14".equals(medType) && count(personId) == 0) {
            throw new FsiRefusal("人员编号psn_no[" + personId + "]没有已备案的门诊慢特病，不能按门诊慢特病(med_type 14)就医结算");
        }
    }
}
