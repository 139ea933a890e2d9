package org.yibao.settlement.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.catalog.Institution;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.ClaimCalculator;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.PersonCategory;
import org.yibao.settlement.policy.PersonFacts;
import org.yibao.settlement.policy.PolicyEngine;
import org.yibao.settlement.policy.PolicyParameters;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.PolicyRule;
import org.yibao.settlement.policy.VisitFacts;
import org.yibao.settlement.policy.YearToDate;

/**
 * 零星报销 computed like a direct settlement: the person's normal coverage, the region's parameter row for the
 * year, med_type and the institution's level (level 1 for an institution outside the catalog), the catalog's
 * classes and price caps, and the accumulators of the year so far.
 */
@Component
class PolicyClaimCalculator implements ClaimCalculator {

    private final InsuredPersons persons;
    private final Contributions contributions;
    private final Institutions institutions;
    private final MedicalCatalog catalog;
    private final PolicyParameters parameters;
    private final RoundTrips roundTrips;
    private final JdbcClient jdbc;

    PolicyClaimCalculator(InsuredPersons persons, Contributions contributions, Institutions institutions,
                          MedicalCatalog catalog, PolicyParameters parameters, RoundTrips roundTrips,
                          JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.contributions = contributions;
        this.institutions = institutions;
        this.catalog = catalog;
        this.parameters = parameters;
        this.roundTrips = roundTrips;
    }

    @Override
    public Split trial(Claim claim) {
        InsurancePeriod coverage = persons.periods(claim.personId()).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "SERVICE_NOT_INSURED"));
        int level = claim.institutionCode() == null ? 1 : institutions.find(claim.institutionCode())
                .map(Institution::level).map(l -> l == null ? 1 : l).orElse(1);
        List<FeeItem> fees = new ArrayList<>();
        for (Item item : claim.items()) {
            fees.add(FeeItem.of(catalog.find(item.code()).orElseThrow(() -> BusinessException.invalid("items",
                    "CLAIM_ITEM_UNKNOWN", item.code())), item.quantity(), item.unitPrice()));
        }
        int year = claim.date().getYear();
        PersonCategory category = PersonCategory.of(coverage.insutype(), coverage.psnType());
        PolicyRule rule = parameters.forVisit(coverage.regionCode(), year, coverage.insutype(), category,
                claim.medType(), level).orElseThrow(() -> new BusinessException(Problem.CONFLICT, "CLAIM_NO_POLICY",
                String.valueOf(year), claim.medType()));
        YearToDate ytd = rule.fundType() == null ? YearToDate.NONE
                : roundTrips.run(Accumulators.of(claim.personId(), year)).of(claim.medType(), rule.fundType());
        int years = rule.paysFund() && rule.bonusPerFiveYears().signum() > 0
                ? contributions.history(new PersonId(claim.personId())).continuousYears(claim.date()) : 0;
        PolicyResult r = PolicyEngine.calculate(new VisitFacts(claim.medType(), level, coverage.regionCode(), year),
                new PersonFacts(coverage.insutype(), category, years, 0), fees, ytd, rule);
        return new Split(r.medfeeSumamt(), r.fulamtOwnpayAmt(), r.overlmtSelfpay(), r.preselfpayAmt(), r.inscpScpAmt(),
                r.actPayDedc(), r.fundPaySumamt(), r.psnPartAmt(), r.appliedRatio(), explain(r));
    }

    @Override
    public boolean settledDirectly(long personId, String institutionCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from settlement_settlement where person_id = ? and institution_code = ?
                    and status = 'SETTLED' and (setl_time at time zone 'Asia/Shanghai')::date between ? and ?)""")
                .params(personId, institutionCode, from, to).query(Boolean.class).single();
    }

    private static List<String> explain(PolicyResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("费用总额" + r.medfeeSumamt() + "元，其中全自费" + r.fulamtOwnpayAmt() + "元、超限价" + r.overlmtSelfpay()
                + "元、先行自付" + r.preselfpayAmt() + "元，由个人负担");
        lines.add("符合政策范围" + r.inscpScpAmt() + "元，扣除起付线" + r.actPayDedc() + "元");
        lines.add("统筹基金按" + r.appliedRatio().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                + "%支付" + r.hifpPay() + "元（本年度最高支付限额" + r.yearlyCap() + "元）");
        lines.add("基金支付合计" + r.fundPaySumamt() + "元，个人负担" + r.psnPartAmt() + "元");
        return List.copyOf(lines);
    }
}
