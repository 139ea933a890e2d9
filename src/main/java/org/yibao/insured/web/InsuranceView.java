package org.yibao.insured.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/** What 参保信息 shows, for pages and API alike: the citizen's own person, periods and continuity. */
@Component
class InsuranceView {

    private final CurrentCitizen citizen;
    private final InsuredPersons persons;
    private final Contributions contributions;
    private final PoolingRegions regions;
    private final Clock clock;

    InsuranceView(CurrentCitizen citizen, InsuredPersons persons, Contributions contributions, PoolingRegions regions,
                  Clock clock) {
        this.citizen = citizen;
        this.persons = persons;
        this.contributions = contributions;
        this.regions = regions;
        this.clock = clock;
    }

    record Period(String regionCode, String regionName, InsurancePeriod period) {
    }

    record Insurance(InsuredPerson person, List<Period> periods, int continuousYears) {
    }

    /** The linked person of the logged-in citizen; refuses with REAL_NAME_REQUIRED before real-name verification. */
    InsuredPerson me() {
        long personId = citizen.personId()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED"));
        return persons.find(personId).orElseThrow();
    }

    Insurance insurance() {
        InsuredPerson person = me();
        Map<String, PoolingRegion> byCode = regions.byCode();
        List<Period> periods = persons.periods(person.id()).stream()
                .map(p -> new Period(p.regionCode(),
                        byCode.containsKey(p.regionCode()) ? byCode.get(p.regionCode()).name() : p.regionCode(), p))
                .toList();
        int years = contributions.history(new PersonId(person.id())).continuousYears(BusinessTime.today(clock));
        return new Insurance(person, periods, years);
    }
}
