package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountPurpose;
import org.yibao.account.PaymentReading;
import org.yibao.account.PaymentSplit;
import org.yibao.account.PersonalAccounts;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.RegionCode;
import org.yibao.common.RoundTrips;
import org.yibao.insured.AssistanceStatuses;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.service.RemoteCareFilings;
import org.yibao.settlement.policy.Accumulators;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.InputLimits;
import org.yibao.settlement.policy.ItemSplit;
import org.yibao.settlement.policy.LayeredResult;
import org.yibao.settlement.policy.Layers;
import org.yibao.settlement.policy.PersonCategory;
import org.yibao.settlement.policy.PersonFacts;
import org.yibao.settlement.policy.PolicyEngine;
import org.yibao.settlement.policy.PolicyParameters;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.PolicyRule;
import org.yibao.settlement.policy.SettledLines;
import org.yibao.settlement.policy.VisitFacts;
import org.yibao.settlement.policy.YearAccumulators;
import org.yibao.settlement.policy.YearToDate;
import org.yibao.settlement.selfpay.CashOrders;

/**
 * One settlement, in the caller's transaction: lock the visit and the person's accumulators, read the parameters
 * and year-to-date figures, let the policy engine split the cost, add the accumulator delta and pay the person's
 * part (own account → 共济 → cash), all keyed by the new {@code setl_id} so that reversal takes back exactly that.
 * A cash part becomes the settlement's 自费支付 order ({@link CashOrders}).
 */
@Component
class Settling {

    private static final String EMERGENCY = "13";

    private final RoundTrips roundTrips;
    private final ChronicQualifications chronic;
    private final Contributions contributions;
    private final PolicyParameters parameters;
    private final Accumulators accumulators;
    private final PersonalAccounts accounts;
    private final MedicalCatalog catalog;
    private final SettlementRecords records;
    private final SettlementIds ids;
    private final RemoteCareFilings remoteCare;
    private final Clock clock;
    private final InputLimits limits;
    private final Layers layers;
    private final CashOrders cashOrders;

    Settling(RoundTrips roundTrips, ChronicQualifications chronic, Contributions contributions,
             PolicyParameters parameters, Accumulators accumulators, PersonalAccounts accounts, MedicalCatalog catalog,
             SettlementRecords records, SettlementIds ids, RemoteCareFilings remoteCare, Clock clock,
             InputLimits limits, Layers layers, CashOrders cashOrders) {
        this.cashOrders = cashOrders;
        this.limits = limits;
        this.layers = layers;
        this.roundTrips = roundTrips;
        this.chronic = chronic;
        this.contributions = contributions;
        this.parameters = parameters;
        this.accumulators = accumulators;
        this.accounts = accounts;
        this.catalog = catalog;
        this.records = records;
        this.ids = ids;
        this.remoteCare = remoteCare;
        this.clock = clock;
    }

    /**
     * What the institution asked to settle (2206/2207/2303/2304 {@code data}), with the person's insurance
     * relationships as read with the person.
     */
    record Order(PersonId person, String mdtrtId, String medType, String insutype, Money medfeeSumamt,
                 boolean useAccount, AccountPurpose purpose, List<InsurancePeriod> periods) {
    }

    /** A stored settlement: its {@code setl_id}, the row as stored and its fund lines as {@link SetlInfo} reads them. */
    record Settled(String setlId, Map<String, Object> row, List<Map<String, Object>> details) {
    }

    /**
     * Adds what {@link #settle} reads to the batch, to be sent in one round trip with the caller's statements: the
     * visit (locked), its live fees, the person's accumulator lock, then the year's accumulators, the person's 医疗救助
     * class on the day and what paying the person's part reads (the balance and, when {@code useAccount}, whose
     * accounts may pay).
     */
    Reading reading(RoundTrips.Batch batch, PersonId person, String mdtrtId, String institutionCode,
                    boolean useAccount) {
        LocalDate day = BusinessTime.today(clock);
        RoundTrips.Answer<Visits.Visit> visit = batch.add(Visits.lock(mdtrtId, institutionCode));
        RoundTrips.Answer<List<Fees.Fee>> fees = batch.add(Fees.live(mdtrtId));
        batch.add(Accumulators.lock(person));
        return new Reading(day, visit, fees, batch.add(Accumulators.of(person, day.getYear())),
                batch.add(AssistanceStatuses.classOnDay(person, day)), PaymentReading.of(batch, person, useAccount));
    }

    /** What a settlement reads, once its batch has run, for the business day it reads (the day's year). */
    record Reading(LocalDate day, RoundTrips.Answer<Visits.Visit> visit, RoundTrips.Answer<List<Fees.Fee>> fees,
                   RoundTrips.Answer<YearAccumulators> accumulators,
                   RoundTrips.Answer<Optional<String>> assistanceClass, PaymentReading payment) {

        int year() {
            return day.getYear();
        }
    }

    /** Settles the visit and answers the new settlement, reading what it needs in one round trip of its own. */
    Settled settle(FsiCall call, Order order, Set<String> states) {
        RoundTrips.Batch batch = new RoundTrips.Batch();
        Reading reading = reading(batch, order.person(), order.mdtrtId(), call.institutionCode(),
                order.useAccount());
        roundTrips.run(batch);
        return settle(call, order, states, reading);
    }

    /**
     * Settles the visit with what its {@link #reading} read and answers the new settlement. What is written is sent
     * with the call's answer (a payment from the accounts, when there is one, is made on its own).
     */
    Settled settle(FsiCall call, Order order, Set<String> states, Reading reading) {
        Money most = limits.of(call.institution().regionCode()).maxVisitTotal();
        if (order.medfeeSumamt().compareTo(most) > 0) {
            throw new FsiRefusal("医疗费总额medfee_sumamt[" + order.medfeeSumamt() + "]超过本地区单次就诊上限" + most + "元");
        }
        int year = reading.year();
        Visits.Visit visit = Visits.owned(reading.visit().get(), order.mdtrtId(), order.person().value(), states);
        List<Fees.Fee> items = reading.fees().get();
        if (items.isEmpty()) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + order.mdtrtId() + "]没有可结算的费用明细");
        }
        InsurancePeriod coverage = Coverages.normal(order.person().value(), order.periods(), order.insutype());
        chronic.requireFor(order.person().value(), order.medType());
        List<MedicalItem> listed = items.stream().map(f -> catalog.find(f.medListCodg()).orElseThrow()).toList();
        List<FeeItem> feeItems = new java.util.ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            feeItems.add(FeeItem.of(listed.get(k), items.get(k).cnt(), items.get(k).pric()));
        }
        checkTotal(order, items, feeItems);
        PersonCategory category = PersonCategory.of(coverage.insutype(), coverage.psnType());
        PolicyRule rule = parameters.forVisit(coverage.regionCode(), year, coverage.insutype(), category,
                order.medType(), call.level()).orElseThrow(() -> new FsiRefusal("参保地[" + coverage.regionCode()
                + "]" + year + "年没有险种" + coverage.insutype() + "、医疗类别" + order.medType() + "的待遇参数"));
        rule = unfiledRemoteCare(call, coverage, order, rule);
        YearToDate ytd = rule.fundType() == null ? YearToDate.NONE
                : reading.accumulators().get().of(order.medType(), rule.fundType());
        PersonFacts person = new PersonFacts(coverage.insutype(), category, continuousYears(order.person(), rule),
                chronicDiseases(order.person().value(), rule));
        PolicyResult basic = PolicyEngine.calculate(new VisitFacts(order.medType(), call.level(),
                coverage.regionCode(), year), person, feeItems, ytd, rule);
        LayeredResult result = layers.apply(basic, coverage.regionCode(), coverage.insutype(), year,
                reading.assistanceClass().get().orElse(null), reading.accumulators().get());
        return store(call, order, visit, coverage.psnType(), items, feeItems, result, year, reading.payment(),
                barred(listed, result.result()));
    }

    /** The person's part from the accounts; an account frozen for a 转移接续 is refused in the interface's words. */
    private PaymentSplit pay(AccountPayment payment, PaymentReading read) {
        try {
            return accounts.pay(payment, read);
        } catch (org.yibao.common.BusinessException e) {
            if (!"ACCOUNT_FROZEN_FOR_TRANSFER".equals(e.code())) {
                throw e;
            }
            throw new FsiRefusal("参保人个人账户正在办理职工医保关系转移接续，已冻结，不能使用个人账户支付；"
                    + "请将个人账户使用标志acct_used_flag置为0，由个人现金支付");
        }
    }

    /**
     * The person's part for items no personal account may pay (公共卫生、体育健身、养生保健, seed 002): such items are
     * 丙类, so all of each is the person's; never more than the person's part.
     */
    static Money barred(List<MedicalItem> listed, PolicyResult result) {
        Money barred = Money.ZERO;
        for (int k = 0; k < listed.size(); k++) {
            if (listed.get(k).accountBarred()) {
                ItemSplit s = result.items().get(k);
                barred = barred.plus(s.fulamtOwnpayAmt()).plus(s.overlmtAmt()).plus(s.preselfpayAmt());
            }
        }
        return barred.compareTo(result.psnPartAmt()) > 0 ? result.psnPartAmt() : barred;
    }

    private Settled store(FsiCall call, Order order, Visits.Visit visit, String psnType, List<Fees.Fee> items,
                          List<FeeItem> feeItems, LayeredResult layered, int year, PaymentReading read,
                          Money barred) {
        String setlId = ids.next("S");
        PolicyResult result = layered.result();
        if (result.delta() != null && !result.delta().isZero()) {
            accumulators.apply(order.person(), year, result.delta(), setlId);
        }
        for (LayeredResult.LayerDelta layer : layered.layerDeltas()) {
            accumulators.applyLayer(order.person(), year, layer.delta(), setlId);
        }
        PaymentSplit split = pay(new AccountPayment(order.person(), result.psnPartAmt(),
                order.useAccount(), order.purpose(), setlId, barred), read);
        OffsetDateTime settledAt = OffsetDateTime.now(clock);
        Map<String, Object> row = records.add(new SettlementRecords.NewSettlement(setlId, visit,
                call.institutionCode(), order.medType(), psnType, settledAt, layered, split,
                call.msgid(), split.cashPay().compareTo(barred) >= 0 ? barred : split.cashPay()),
                items, feeItems);
        cashOrders.open(setlId, order.person(), call.institutionCode(), split.cashPay(), settledAt); // 自费支付
        return new Settled(setlId, row, SettledLines.fundLineRows(result.setldetail()));
    }

    /**
     * A visit at an institution in another province is paid at the insured region's lower ratio unless the person
     * has an 异地就医备案 in force there, the destination needs none (京津 for Hebei), or it is an emergency
     * (急诊, which counts as registered).
     */
    private PolicyRule unfiledRemoteCare(FsiCall call, InsurancePeriod coverage, Order order, PolicyRule rule) {
        if (!rule.paysFund() || EMERGENCY.equals(order.medType())) {
            return rule;
        }
        int cut = remoteCare.unfiledCutPoints(order.person(), new RegionCode(coverage.regionCode()),
                new RegionCode(call.institution().regionCode()), BusinessTime.today(clock));
        return rule.withRatioCut(cut);
    }

    /** Years of continuous contribution, read only when the rule pays a bonus for them (else they change nothing). */
    private int continuousYears(PersonId person, PolicyRule rule) {
        boolean bonus = rule.paysFund() && rule.bonusPerFiveYears().signum() > 0 && rule.bonusMax().signum() > 0;
        return bonus ? contributions.history(person).continuousYears(BusinessTime.today(clock)) : 0;
    }

    /** Approved diseases, counted only when the rule has a cap for two or more of them (else they change nothing). */
    private int chronicDiseases(long personId, PolicyRule rule) {
        return rule.multiDiseaseCap() != null ? chronic.count(personId) : 0;
    }

    /** {@code medfee_sumamt} must be the sum of the live items, as uploaded or as cnt × pric. */
    private static void checkTotal(Order order, List<Fees.Fee> items, List<FeeItem> feeItems) {
        Money uploaded = items.stream().map(Fees.Fee::detItemFeeSumamt).reduce(Money.ZERO, Money::plus);
        Money computed = feeItems.stream().map(FeeItem::total).reduce(Money.ZERO, Money::plus);
        if (!order.medfeeSumamt().equals(uploaded) && !order.medfeeSumamt().equals(computed)) {
            throw new FsiRefusal("医疗费总额medfee_sumamt[" + order.medfeeSumamt() + "]与已上传费用明细合计["
                    + uploaded + "]不一致");
        }
    }
}
