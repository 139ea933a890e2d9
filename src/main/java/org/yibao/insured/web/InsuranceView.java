package org.yibao.insured.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.ContributionHistory;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/** What 参保信息 shows, for pages and API alike: the citizen's own person, periods and continuity. */
@Component
class InsuranceView {

    private final CurrentCitizen citizen;
    private final InsuredPersons persons;
    private final RoundTrips roundTrips;
    private final Clock clock;

    InsuranceView(CurrentCitizen citizen, InsuredPersons persons, RoundTrips roundTrips, Clock clock) {
        this.citizen = citizen;
        this.persons = persons;
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    record Period(String regionCode, String regionName, InsurancePeriod period) {
    }

    record Insurance(InsuredPerson person, List<Period> periods, int continuousYears) {
    }

    /** The linked person of the logged-in citizen; refuses with REAL_NAME_REQUIRED before real-name verification. */
    InsuredPerson me() {
        return persons.find(myId().value()).orElseThrow();
    }

    private PersonId myId() {
        return new PersonId(citizen.personId()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED")));
    }

    /**
     * The person, their periods with the regions' names, and the contributions that make the continuity: read in
     * one round trip, as 参保信息 is among a citizen's most frequent reads.
     */
    Insurance insurance() {
        PersonId id = myId();
        RoundTrips.Batch batch = new RoundTrips.Batch();
        RoundTrips.Answer<Optional<InsuredPersons.Insured>> insured = batch.add(InsuredPersons.withPeriods(id));
        RoundTrips.Answer<Map<String, PoolingRegion>> byCode = batch.add(PoolingRegions.allByCode());
        RoundTrips.Answer<ContributionHistory> history = batch.add(Contributions.historyOf(id));
        roundTrips.run(batch);
        InsuredPersons.Insured found = insured.get().orElseThrow();
        List<Period> periods = found.periods().stream()
                .map(p -> new Period(p.regionCode(), byCode.get().containsKey(p.regionCode())
                        ? byCode.get().get(p.regionCode()).name() : p.regionCode(), p))
                .toList();
        int years = history.get().continuousYears(BusinessTime.today(clock));
        return new Insurance(found.person(), periods, years);
    }
}
