package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.catalog.Institution;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RegionCode;
import org.yibao.insured.AssistanceStatuses;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.RemoteCareFilings;
import org.yibao.settlement.ManualClaims.Claim;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.InputLimits;
import org.yibao.settlement.policy.LayeredResult;
import org.yibao.settlement.policy.Layers;
import org.yibao.settlement.policy.PersonCategory;
import org.yibao.settlement.policy.PersonFacts;
import org.yibao.settlement.policy.PolicyEngine;
import org.yibao.settlement.policy.PolicyParameters;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.PolicyRule;
import org.yibao.settlement.policy.VisitFacts;
import org.yibao.settlement.policy.YearAccumulators;

/**
 * 手工报销的计算：与直接结算同一条路——参保关系、目录对照、待遇参数（异地未备案降比例）、待遇引擎、三重保障——只是日期、机构与
 * 费用项目来自经办人员的录入。输入不合格时抛出 {@link BusinessException}，不读写累计值以外的任何数据。
 */
@Component
class ClaimComputation {

    static final Set<String> MED_TYPES = Set.of("11", "14", "21", "51", "52");
    static final int MAX_ITEMS = 500;
    private static final String EXTERNAL = "EXTERNAL";

    private final InsuredPersons persons;
    private final Institutions institutions;
    private final MedicalCatalog catalog;
    private final PolicyParameters parameters;
    private final RemoteCareFilings remoteCare;
    private final ChronicQualifications chronic;
    private final InputLimits limits;
    private final Layers layers;
    private final org.yibao.insured.Contributions contributions;
    private final AssistanceStatuses assistance;
    private final Clock clock;

    ClaimComputation(InsuredPersons persons, Institutions institutions, MedicalCatalog catalog,
                     PolicyParameters parameters, RemoteCareFilings remoteCare, ChronicQualifications chronic,
                     InputLimits limits, Layers layers, org.yibao.insured.Contributions contributions,
                     AssistanceStatuses assistance, Clock clock) {
        this.contributions = contributions;
        this.assistance = assistance;
        this.persons = persons;
        this.institutions = institutions;
        this.catalog = catalog;
        this.parameters = parameters;
        this.remoteCare = remoteCare;
        this.chronic = chronic;
        this.limits = limits;
        this.layers = layers;
        this.clock = clock;
    }

    /** 计算所需的一切，已检查。 */
    record Checked(Claim claim, InsurancePeriod coverage, String institutionCode, String institutionRegion, int level,
                   List<MedicalItem> catalogItems, List<FeeItem> feeItems) {
    }

    /** 检查输入：日期、医疗类别、机构、参保关系与每一个费用项目；任何一项不合格都拒绝。 */
    Checked check(Claim claim) {
        if (claim.visitDate() == null || claim.medType() == null || claim.items() == null
                || claim.items().stream().anyMatch(i -> i == null || i.quantity() == null || i.unitPrice() == null)) {
            throw invalid("CLAIM_INVALID");
        }
        LocalDate today = BusinessTime.today(clock);
        if (claim.visitDate().isAfter(today) || claim.visitDate().isBefore(today.minusYears(2))) {
            throw invalid("CLAIM_DATE_INVALID");
        }
        if (!MED_TYPES.contains(claim.medType()) || claim.items().isEmpty() || claim.items().size() > MAX_ITEMS) {
            throw invalid("CLAIM_INVALID");
        }
        String code;
        String region;
        int level;
        if (claim.institutionCode() != null) {
            Institution i = institutions.find(claim.institutionCode()).orElseThrow(() -> invalid("CLAIM_INSTITUTION_NOT_IN_CATALOG"));
            code = i.code();
            region = i.regionCode();
            level = i.level() == null ? 0 : i.level();
        } else {
            if (claim.regionCode() == null || !claim.regionCode().matches("\\d{6}") || claim.institutionLevel() < 1
                    || claim.institutionLevel() > 3) {
                throw invalid("CLAIM_INSTITUTION_NOT_IN_CATALOG");
            }
            code = EXTERNAL;
            region = claim.regionCode();
            level = claim.institutionLevel();
        }
        InsurancePeriod coverage = coverage(claim.personId(), claim.visitDate());
        InputLimits.Limits bounds = limits.of(region);
        List<MedicalItem> items = new ArrayList<>();
        List<FeeItem> fees = new ArrayList<>();
        for (var item : claim.items()) {
            if (item.medListCodg() == null || item.medListCodg().length() > 50) {
                throw invalid("CLAIM_LIST_ITEM_UNKNOWN");
            }
            MedicalItem m = catalog.find(item.medListCodg()).orElseThrow(() -> invalid("CLAIM_LIST_ITEM_UNKNOWN"));
            if (item.quantity().signum() <= 0 || item.quantity().compareTo(bounds.maxCount()) > 0
                    || item.quantity().stripTrailingZeros().scale() > 4 || item.unitPrice().isNegative()
                    || item.unitPrice().compareTo(bounds.maxPrice()) > 0) {
                throw invalid("CLAIM_ITEM_AMOUNT_INVALID");
            }
            FeeItem fee = FeeItem.of(m, item.quantity(), item.unitPrice());
            if (fee.total().compareTo(bounds.maxItemTotal()) > 0) {
                throw invalid("CLAIM_ITEM_AMOUNT_INVALID");
            }
            items.add(m);
            fees.add(fee);
        }
        Money total = fees.stream().map(FeeItem::total).reduce(Money.ZERO, Money::plus);
        if (total.compareTo(bounds.maxVisitTotal()) > 0) {
            throw invalid("CLAIM_ITEM_AMOUNT_INVALID");
        }
        return new Checked(claim, coverage, code, region, level, items, fees);
    }

    /** 用此人当年（就诊日期所在年度）的累计值计算。 */
    LayeredResult compute(Checked c, YearAccumulators ytd) {
        Claim claim = c.claim();
        InsurancePeriod coverage = c.coverage();
        int year = claim.visitDate().getYear();
        PersonCategory category = PersonCategory.of(coverage.insutype(), coverage.psnType());
        PolicyRule rule = parameters.forVisit(coverage.regionCode(), year, coverage.insutype(), category,
                claim.medType(), c.level()).orElseThrow(() -> invalid("CLAIM_NO_PARAMETERS"));
        if (rule.paysFund()) {
            rule = rule.withRatioCut(remoteCare.unfiledCutPoints(new PersonId(claim.personId()),
                    new RegionCode(coverage.regionCode()), new RegionCode(c.institutionRegion()), claim.visitDate()));
        }
        int diseases = rule.multiDiseaseCap() != null ? chronic.count(claim.personId()) : 0;
        boolean bonus = rule.paysFund() && rule.bonusPerFiveYears().signum() > 0 && rule.bonusMax().signum() > 0;
        int years = bonus ? contributions.history(new PersonId(claim.personId())).continuousYears(claim.visitDate()) : 0;
        PersonFacts person = new PersonFacts(coverage.insutype(), category, years, diseases);
        PolicyResult basic = PolicyEngine.calculate(new VisitFacts(claim.medType(), c.level(),
                coverage.regionCode(), year), person, c.feeItems(),
                rule.fundType() == null ? org.yibao.settlement.policy.YearToDate.NONE
                        : ytd.of(claim.medType(), rule.fundType()), rule);
        return layers.apply(basic, coverage.regionCode(), coverage.insutype(), year,
                assistance.classOn(new PersonId(claim.personId()), claim.visitDate()).orElse(null), ytd);
    }

    /** 就诊日正常参保的关系；职工与居民都有时按职工。 */
    private InsurancePeriod coverage(long personId, LocalDate day) {
        return persons.periods(personId).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL && !p.beginDate().isAfter(day))
                .min(java.util.Comparator.comparing(p -> "310".equals(p.insutype()) ? 0 : 1))
                .orElseThrow(() -> invalid("CLAIM_NOT_INSURED"));
    }

    private static BusinessException invalid(String code) {
        return new BusinessException(Problem.INVALID, code);
    }
}
