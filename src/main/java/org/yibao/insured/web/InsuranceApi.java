package org.yibao.insured.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.BusinessException;
import org.yibao.insured.Contribution;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsuredPerson;

/** Citizen REST API (API.md §3): 参保信息 and 缴费信息 of the logged-in citizen, identifiers masked. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "参保与缴费 Insurance")
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class InsuranceApi {

    private final InsuranceView view;
    private final Contributions contributions;

    InsuranceApi(InsuranceView view, Contributions contributions) {
        this.view = view;
        this.contributions = contributions;
    }

    record PersonView(String name, String idNumber, String gender, LocalDate birthDate) {
        static PersonView of(InsuredPerson p) {
            return new PersonView(p.maskedName(), p.idNumber().masked(), p.gender().code(), p.birthDate());
        }
    }

    record PeriodView(String regionCode, String regionName, String insutype, String psnType, String psnInsuStas,
                      LocalDate beginDate, @Nullable LocalDate pausedDate, @Nullable String employerName,
                      @Nullable String employerNumber) {
    }

    record InsuranceResponse(PersonView person, List<PeriodView> periods, int continuousYears) {
    }

    @GetMapping("/insurance")
    @Operation(summary = "参保信息: every insurance relationship of the citizen, with status and employer")
    InsuranceResponse insurance() {
        InsuranceView.Insurance i = view.insurance();
        return new InsuranceResponse(PersonView.of(i.person()), i.periods().stream()
                .map(p -> new PeriodView(p.regionCode(), p.regionName(), p.period().insutype(), p.period().psnType(),
                        p.period().status().code(), p.period().beginDate(), p.period().pausedDate(),
                        p.period().employerName(), p.period().employerNumber()))
                .toList(), i.continuousYears());
    }

    record ContributionsResponse(@Nullable Integer year, List<Integer> years, List<Contribution> items,
                                 Contributions.Totals totals) {
    }

    @GetMapping("/contributions")
    @Operation(summary = "缴费信息 of one year (default: the latest), with totals; amounts in yuan")
    ContributionsResponse contributions(@RequestParam(required = false) String year) {
        InsuredPerson person = view.me();
        List<Integer> years = contributions.years(person.id());
        Integer chosen = years.isEmpty() ? null : years.get(0);
        if (year != null && !year.isBlank()) {
            if (!year.matches("\\d{4}")) {
                throw BusinessException.invalid("year", "YEAR_INVALID");
            }
            chosen = Integer.valueOf(year);
        }
        List<Contribution> items = chosen == null ? List.of() : contributions.of(person.id(), chosen);
        return new ContributionsResponse(chosen, years, items, Contributions.Totals.of(items));
    }
}
