package org.yibao.settlement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.PersonId;
import org.yibao.account.AccountPayment;
import org.yibao.account.AccountPurpose;
import org.yibao.account.PaymentSplit;
import org.yibao.account.PersonalAccounts;
import org.yibao.catalog.Institution;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.MedicalItem;
import org.yibao.common.BusinessTime;
import org.yibao.common.IdNumber;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.settlement.policy.FeeItem;
import org.yibao.settlement.policy.PersonCategory;
import org.yibao.settlement.policy.PersonFacts;
import org.yibao.settlement.policy.PolicyEngine;
import org.yibao.settlement.policy.PolicyParameters;
import org.yibao.settlement.policy.PolicyResult;
import org.yibao.settlement.policy.PolicyRule;
import org.yibao.settlement.policy.SettledLines;
import org.yibao.settlement.policy.VisitFacts;
import org.yibao.settlement.policy.YearToDate;

/**
 * DEMO.md asks for a few past visits in earlier years only, so that 消费信息 is not empty while this year's
 * deductibles and caps start unused. Each visit of last year is computed by the real policy engine with last year's
 * parameters, and the personal part is paid as a settlement pays it ({@link PersonalAccounts#pay}): the own account
 * first, the 家庭共济 authorizer's (李秀英 through 王建国) only for what the own balance cannot pay, the rest in cash,
 * with the ledger's movement and journal entries under the {@code setl_id} (posted when the demo data is loaded), so
 * that every balance is explained by its journal and a demo settlement can be reversed like any other. No
 * accumulator of this year is touched.
 */
@Component
@Profile("demo")
@Order(80)
class SettlementHistoryDemoData implements ApplicationRunner {

    /** ID number, institution, visit type, month, items (code × quantity), chronic diseases. */
    private record Visit(String idNumber, String institution, String medType, int month, String[][] items, int diseases) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("130203197503121017", "H13020300001", "11", 3, items("110200001:1", "ZA01AAA001:6", "XJ01CAA001:4"), 0),
            new Visit("130203197503121017", "H13020300001", "21", 9,
                    items("110200001:10", "XJ01CAA001:40", "ZA01AAA001:20", "XR05XAA001:10", "C99000001:2"), 0),
            new Visit("130203197706181028", "H13020300002", "11", 5, items("110200001:1", "XJ01CAA001:6", "XR05XAA001:2"), 0),
            new Visit("130203194801051033", "H13020300001", "11", 4, items("110200001:1", "ZA01AAA001:8"), 0),
            new Visit("130602198807211118", "H13060200001", "14", 6, items("110200001:1", "XC09AAA001:120"), 1),
            new Visit("130602195602141124", "H13060200001", "14", 7, items("XC09AAA001:100", "XA10BAA001:30"), 2),
            new Visit("341102199304301223", "H34110200001", "11", 8, items("110200001:1", "XJ01CAA001:30"), 0),
            new Visit("360602199008081318", "H36060200001", "11", 10, items("110200001:1", "ZA01AAA001:6"), 0),
            new Visit("110108198501021423", "H11010800001", "11", 11, items("110200001:1", "XR05XAA001:10"), 0));

    private static String[][] items(String... codeTimesQuantity) {
        return java.util.Arrays.stream(codeTimesQuantity).map(s -> s.split(":")).toArray(String[][]::new);
    }

    private final JdbcClient jdbc;
    private final InsuredPersons persons;
    private final Contributions contributions;
    private final Institutions institutions;
    private final MedicalCatalog catalog;
    private final PolicyParameters parameters;
    private final PersonalAccounts accounts;
    private final Clock clock;

    SettlementHistoryDemoData(JdbcClient jdbc, InsuredPersons persons, Contributions contributions,
                              Institutions institutions, MedicalCatalog catalog, PolicyParameters parameters,
                              PersonalAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.contributions = contributions;
        this.institutions = institutions;
        this.catalog = catalog;
        this.parameters = parameters;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = BusinessTime.today(clock).getYear() - 1;
        for (int i = 0; i < VISITS.size(); i++) {
            settle(VISITS.get(i), year, i + 1);
        }
    }

    private void settle(Visit v, int year, int serial) {
        String mdtrtId = String.format("DEMO%d%04d", year, serial);
        if (jdbc.sql("select count(*) from settlement_visit where mdtrt_id = ?").param(mdtrtId).query(Long.class).single() > 0) {
            return;
        }
        Optional<InsuredPerson> person = persons.findByIdNumber(new IdNumber(v.idNumber()));
        Optional<Institution> institution = institutions.find(v.institution());
        if (person.isEmpty() || institution.isEmpty()) {
            return;
        }
        InsurancePeriod period = persons.periods(person.get().id()).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL).findFirst().orElse(null);
        if (period == null) {
            return;
        }
        int level = institution.get().level() == null ? 0 : institution.get().level();
        Optional<PolicyRule> rule = parameters.forVisit(period.regionCode(), year, period.insutype(),
                PersonCategory.of(period.insutype(), period.psnType()), v.medType(), level);
        if (rule.isEmpty()) {
            return;
        }
        OffsetDateTime when = LocalDate.of(year, v.month(), 15).atTime(10, 30).atZone(BusinessTime.ZONE).toOffsetDateTime();
        List<FeeItem> fees = new ArrayList<>();
        List<MedicalItem> items = new ArrayList<>();
        for (String[] line : v.items()) {
            catalog.find(line[0]).ifPresent(item -> {
                items.add(item);
                fees.add(FeeItem.of(item, new BigDecimal(line[1]), item.price()));
            });
        }
        int years = contributions.history(new PersonId(person.get().id())).continuousYears(when.toLocalDate());
        PolicyResult result = PolicyEngine.calculate(new VisitFacts(v.medType(), level, period.regionCode(), year),
                new PersonFacts(period.insutype(), PersonCategory.of(period.insutype(), period.psnType()), years,
                        v.diseases()), fees, YearToDate.NONE, rule.get());
        record(mdtrtId, person.get().id(), institution.get(), period, v, when, items, fees, result);
    }

    private void record(String mdtrtId, long personId, Institution institution, InsurancePeriod period, Visit v,
                        OffsetDateTime when, List<MedicalItem> items, List<FeeItem> fees, PolicyResult r) {
        jdbc.sql("""
                insert into settlement_visit (mdtrt_id, institution_code, person_id, insutype, med_type, region_code,
                    mdtrt_cert_type, begntime, endtime, status, created_msgid)
                values (?, ?, ?, ?, ?, ?, '02', ?, ?, 'SETTLED', ?)""")
                .params(mdtrtId, institution.code(), personId, period.insutype(), v.medType(), period.regionCode(), when,
                        when, mdtrtId).update();
        String setlId = "S" + mdtrtId;
        PaymentSplit pay = accounts.pay(new AccountPayment(new PersonId(personId), r.psnPartAmt(), true,
                AccountPurpose.MEDICAL, setlId));
        List<SettledLines.Item> settled = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            var split = r.items().get(i);
            MedicalItem item = items.get(i);
            jdbc.sql("""
                    insert into settlement_fee (mdtrt_id, feedetl_sn, med_list_codg, item_name, cnt, pric_fen,
                        det_item_fee_sumamt_fen, fee_ocur_time) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(mdtrtId, String.valueOf(i + 1), item.code(), item.name(), fees.get(i).quantity(),
                            fees.get(i).unitPrice().fen(), split.total().fen(), when).update();
            settled.add(new SettledLines.Item(String.valueOf(i + 1), item.code(), item.name(), item.itemClass().name(),
                    split));
        }
        jdbc.sql("""
                insert into settlement_settlement (setl_id, mdtrt_id, person_id, institution_code, insutype, med_type,
                    region_code, setl_time, medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt,
                    inscp_scp_amt, act_pay_dedc, hifp_pay, pool_prop_selfpay, fund_pay_sumamt, psn_part_amt, acct_pay,
                    acct_mulaid_pay, psn_cash_pay, balc, mulaid_payer_person, medins_setl_id, status, fund_lines,
                    item_results)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SETTLED', ?::jsonb,
                    ?::jsonb)""")
                .params(setlId, mdtrtId, personId, institution.code(), period.insutype(), v.medType(),
                        period.regionCode(), when, r.medfeeSumamt().fen(), r.fulamtOwnpayAmt().fen(),
                        r.overlmtSelfpay().fen(), r.preselfpayAmt().fen(), r.inscpScpAmt().fen(), r.actPayDedc().fen(),
                        r.hifpPay().fen(), r.poolPropSelfpay().fen(), r.fundPaySumamt().fen(), r.psnPartAmt().fen(),
                        pay.acctPay().fen(), pay.acctMulaidPay().fen(), pay.cashPay().fen(), pay.balanceAfter().fen(),
                        pay.mulaidPersonId(), mdtrtId,
                        SettledLines.fundLines(r.setldetail()), SettledLines.itemResults(settled))
                .update();
    }
}
