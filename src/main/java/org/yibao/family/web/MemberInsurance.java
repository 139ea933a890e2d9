package org.yibao.family.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonAccess;
import org.yibao.common.PersonId;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.family.ActingFor;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * 参保信息查询 for a bound member (亲情代办, 亲情账户): the same facts /insurance shows a citizen about themselves, read
 * through insured's API, after the one authorization check, which also audits the look.
 */
@Component
class MemberInsurance {

    private final ActingFor actingFor;
    private final CurrentCitizen citizen;
    private final InsuredPersons persons;
    private final Contributions contributions;
    private final PoolingRegions regions;
    private final Clock clock;

    MemberInsurance(ActingFor actingFor, CurrentCitizen citizen, InsuredPersons persons, Contributions contributions,
                    PoolingRegions regions, Clock clock) {
        this.actingFor = actingFor;
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

    Insurance of(long personId, AuditTrail.Channel channel) {
        actingFor.check(citizen.accountId(), PersonAccess.Action.VIEW_INSURANCE, personId, channel);
        InsuredPerson person = persons.find(personId).orElseThrow();
        Map<String, PoolingRegion> byCode = regions.byCode();
        List<Period> periods = persons.periods(personId).stream()
                .map(p -> new Period(p.regionCode(),
                        byCode.containsKey(p.regionCode()) ? byCode.get(p.regionCode()).name() : p.regionCode(), p))
                .toList();
        int years = contributions.history(new PersonId(personId)).continuousYears(BusinessTime.today(clock));
        return new Insurance(person, periods, years);
    }
}
