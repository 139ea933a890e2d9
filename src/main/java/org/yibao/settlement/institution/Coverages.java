package org.yibao.settlement.institution;

import java.util.List;
import org.springframework.stereotype.Component;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;

/** The insurance relationship a visit is settled under: the person's normal one of the requested {@code insutype}. */
@Component
class Coverages {

    private final InsuredPersons persons;

    Coverages(InsuredPersons persons) {
        this.persons = persons;
    }

    InsurancePeriod normal(long personId, String insutype) {
        return normal(personId, persons.periods(personId), insutype);
    }

    /** The normal relationship of the {@code insutype} among the person's {@code periods}; refused when none is. */
    static InsurancePeriod normal(long personId, List<InsurancePeriod> all, String insutype) {
        var periods = all.stream().filter(p -> p.insutype().equals(insutype)).toList();
        if (periods.isEmpty()) {
            throw new FsiRefusal("人员编号psn_no[" + personId + "]未参加险种insutype[" + insutype + "]");
        }
        return periods.stream().filter(p -> p.status() == InsuranceStatus.NORMAL).findFirst()
                .orElseThrow(() -> new FsiRefusal("人员编号psn_no[" + personId + "]险种insutype[" + insutype
                        + "]参保状态不是正常参保，不能享受待遇"));
    }
}
