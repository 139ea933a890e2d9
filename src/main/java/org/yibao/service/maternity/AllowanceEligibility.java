package org.yibao.service.maternity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;

/**
 * Who may have 生育津贴 and how much: a 职工 insured in normal status in the region, with the region's minimum of
 * continuous contribution months before the month of the birth; the amount from the employer's bases (the
 * person's own when no employer is recorded) and the region's rule in force on the day.
 */
@Service
public class AllowanceEligibility {

    static final String EMPLOYEES = "310";

    private final JdbcClient jdbc;
    private final InsuredPersons persons;
    private final MaternityParameters parameters;

    AllowanceEligibility(JdbcClient jdbc, InsuredPersons persons, MaternityParameters parameters) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.parameters = parameters;
    }

    /** Computes the allowance, or refuses with the reason the person can read. */
    public AllowanceComputation.Result compute(long personId, AllowanceComputation.Event event) {
        InsurancePeriod employee = persons.periods(personId).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL && EMPLOYEES.equals(p.insutype())).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "ALLOWANCE_EMPLOYEES_ONLY"));
        MaternityParameters.Rule rule = parameters.inForce(employee.regionCode(), event.day())
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "ALLOWANCE_NO_RULE"));
        YearMonth last = AllowanceComputation.lastMonth(event);
        AllowanceComputation.Result result = AllowanceComputation.compute(rule, event, paidMonths(personId),
                bases(personId, employee.regionCode(), employee.employerNumber(), last));
        if (result.continuousMonths() < rule.minMonths()) {
            throw new BusinessException(Problem.CONFLICT, "ALLOWANCE_MONTHS_SHORT", result.continuousMonths(),
                    rule.minMonths());
        }
        if (result.monthsUsed() == 0 || result.amount().isZero()) {
            throw new BusinessException(Problem.CONFLICT, "ALLOWANCE_NO_BASE");
        }
        return result;
    }

    /** The region's payee (EMPLOYER or PERSON) on the day; the form must name the same. */
    public String payee(String regionCode, LocalDate day) {
        return parameters.inForce(regionCode, day).map(MaternityParameters.Rule::payee)
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "ALLOWANCE_NO_RULE"));
    }

    private Set<YearMonth> paidMonths(long personId) {
        List<YearMonth> months = jdbc.sql("""
                select period_year, period_month from insured_contribution
                where person_id = ? and insutype = '310' and status = 'PAID' and period_month > 0""")
                .param(personId).query((rs, n) -> YearMonth.of(rs.getInt(1), rs.getInt(2))).list();
        return new HashSet<>(months);
    }

    private AllowanceComputation.EmployerBases bases(long personId, String regionCode, @Nullable String employer,
                                                     YearMonth last) {
        LocalDate from = last.minusMonths(11).atDay(1);
        LocalDate to = last.atDay(1);
        return jdbc.sql("""
                select coalesce(sum(c.base_fen), 0), count(*) from insured_contribution c
                where c.insutype = '310' and c.status = 'PAID' and c.period_month > 0 and c.region_code = ?
                  and make_date(c.period_year, c.period_month, 1) between ? and ?
                  and (c.person_id = ? or (cast(? as varchar) is not null and c.person_id in (
                      select p.person_id from insured_period p where p.insutype = '310' and p.employer = ?)))""")
                .params(regionCode, from, to, personId, employer, employer)
                .query((rs, n) -> new AllowanceComputation.EmployerBases(rs.getLong(1), rs.getInt(2))).single();
    }
}
