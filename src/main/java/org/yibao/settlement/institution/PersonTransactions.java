package org.yibao.settlement.institution;

import java.time.Clock;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.common.PersonId;
import org.yibao.account.PersonalAccounts;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import tools.jackson.databind.JsonNode;

/** 1101 人员信息获取: the person behind a 就诊凭证, their insurance relationships and personal-account balance. */
@Component
class PersonTransactions implements FsiTransaction {

    private final PersonIdentification identification;
    private final PersonalAccounts accounts;
    private final Clock clock;

    PersonTransactions(PersonIdentification identification, PersonalAccounts accounts, Clock clock) {
        this.identification = identification;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Set<String> infnos() {
        return Set.of("1101");
    }

    @Override
    public Object handle(FsiCall call) {
        JsonNode data = call.data();
        InsuredPersons.Insured insured = identification.resolveInsured(FsiInput.text(data, "mdtrt_cert_type"),
                FsiInput.text(data, "mdtrt_cert_no"), call.institutionCode());
        InsuredPerson person = insured.person();
        List<InsurancePeriod> periods = insured.periods();
        Money balance = periods.stream().anyMatch(InsurancePeriod::isEmployee)
                ? accounts.balance(new PersonId(person.id())).orElse(Money.ZERO) : Money.ZERO;
        List<Map<String, @Nullable Object>> insuinfo = periods.stream().map(p -> insuinfo(p, balance)).toList();
        return Map.of("baseinfo", baseinfo(person), "insuinfo", insuinfo, "idetinfo", List.of());
    }

    private Map<String, Object> baseinfo(InsuredPerson p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("psn_no", Long.toString(p.id()));
        out.put("psn_cert_type", "01");
        out.put("certno", p.idNumber().value());
        out.put("psn_name", p.name());
        out.put("gend", p.gender().code());
        out.put("naty", "01");
        out.put("brdy", p.birthDate().toString());
        out.put("age", Period.between(p.birthDate(), BusinessTime.today(clock)).getYears());
        return out;
    }

    /** The balance belongs to the employee insurance relationship; residents have no personal account. */
    private static Map<String, @Nullable Object> insuinfo(InsurancePeriod p, Money balance) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        out.put("balc", p.isEmployee() ? balance : Money.ZERO);
        out.put("insutype", p.insutype());
        out.put("psn_type", p.psnType());
        out.put("psn_insu_stas", p.status().code());
        out.put("psn_insu_date", p.beginDate().toString());
        out.put("paus_insu_date", p.pausedDate() == null ? null : p.pausedDate().toString());
        out.put("cvlserv_flag", "0");
        out.put("insuplc_admdvs", p.regionCode());
        out.put("emp_name", p.employerName());
        return out;
    }
}
