package org.yibao.service.maternity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.InputErrors;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.FormLine;
import org.yibao.service.Material;
import org.yibao.service.SubjectRoute;
import org.yibao.service.payment.ClaimLines;
import org.yibao.service.payment.ClaimInputs;
import org.yibao.service.payment.PaymentOrders;
import tools.jackson.databind.json.JsonMapper;

/**
 * 生育津贴 on the common workflow: the form is checked, the allowance computed again at submission (so the amount
 * is never typed), one allowance per person and day of birth; always reviewed by a clerk, who reads the
 * computation line by line; approval issues the payment order to the account given (单位 or 个人 as the region
 * pays).
 */
@Component
class AllowanceRules implements ApplicationTypeRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AllowanceEligibility eligibility;
    private final PaymentOrders payments;
    private final JdbcClient jdbc;
    private final Clock clock;

    AllowanceRules(AllowanceEligibility eligibility, PaymentOrders payments, JdbcClient jdbc, Clock clock) {
        this.eligibility = eligibility;
        this.payments = payments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ApplicationType type() {
        return ApplicationType.MATERNITY_ALLOWANCE;
    }

    static AllowanceForm read(String json) {
        return JSON.readValue(json, AllowanceForm.class);
    }

    static String write(AllowanceForm form) {
        return JSON.writeValueAsString(form);
    }

    /** Checks the form; answers the declared event. */
    AllowanceComputation.Event check(AllowanceForm f, String personName, String regionCode, SubjectRoute route) {
        InputErrors errors = new InputErrors();
        boolean miscarriage = "MISCARRIAGE".equals(f.kind());
        if (!miscarriage && !"BIRTH".equals(f.kind())) {
            errors.reject("kind", "ALLOWANCE_KIND_REQUIRED");
        }
        LocalDate day = ClaimInputs.pastDay(errors, "eventDate", f.eventDate(), BusinessTime.today(clock));
        if (!miscarriage && (f.babies() == null || f.babies() < 1 || f.babies() > 6)) {
            errors.reject("babies", "ALLOWANCE_BABIES_RANGE", 1, 6);
        }
        if (miscarriage && (f.weeks() == null || f.weeks() < 1 || f.weeks() > 40)) {
            errors.reject("weeks", "ALLOWANCE_WEEKS_RANGE", 1, 40);
        }
        if (f.bank() == null) {
            errors.reject("bankName", "CLAIM_BANK_REQUIRED");
        } else {
            f.bank().check(errors, personName);
        }
        ClaimInputs.contact(errors, f.contactName(), f.contactPhone());
        if (route != SubjectRoute.SELF) {
            ClaimInputs.agent(errors, f.agentRelation(), f.agentAddress());
        }
        errors.throwIfAny();
        String payee = eligibility.payee(regionCode, day);
        if (!payee.equals(f.bank().payee())) {
            throw BusinessException.invalid("payee", "ALLOWANCE_PAYEE_" + payee);
        }
        return new AllowanceComputation.Event(miscarriage, day, f.difficult() && !miscarriage,
                miscarriage ? 1 : f.babies(), miscarriage ? f.weeks() : 0);
    }

    /** Checks, computes and answers the form with its computation, ready to be stored. */
    AllowanceForm computed(AllowanceForm f, long personId, String personName, String regionCode, SubjectRoute route) {
        AllowanceComputation.Event event = check(f, personName, regionCode, route);
        AllowanceComputation.Result r = eligibility.compute(personId, event);
        List<List<String>> lines = r.lines().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
        return new AllowanceForm(f.kind(), f.eventDate(), event.difficult(), event.babies(), event.weeks(),
                f.bank().stripped(), f.contactName().strip(), f.contactPhone().strip(),
                f.agentRelation(), f.agentAddress(), new AllowanceForm.Computed(r.amount().fen(),
                r.averageBase().fen(), r.days(), r.continuousMonths(), lines));
    }

    @Override
    public void checkSubmit(Application a, List<Material> materials, List<String> accepted) {
        AllowanceForm stored = read(a.formJson());
        AllowanceForm again = computed(stored, a.personId(), a.personName(), a.regionCode(), a.route());
        if (stored.computed() == null || stored.computed().amountFen() != again.computed().amountFen()) {
            throw new BusinessException(Problem.CONFLICT, "ALLOWANCE_RECOMPUTED");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('allowance:' || ?))").param(a.personId())
                .query(Object.class).single();
        int open = jdbc.sql("""
                select count(*) from service_application where type = 'MATERNITY_ALLOWANCE' and person_id = ?
                  and id <> ? and status in ('SUBMITTED', 'IN_REVIEW', 'APPROVED') and form ->> 'eventDate' = ?""")
                .params(a.personId(), a.id(), stored.eventDate()).query(Integer.class).single();
        if (open > 0) {
            throw new BusinessException(Problem.CONFLICT, "ALLOWANCE_ALREADY_CLAIMED");
        }
    }

    @Override
    public boolean autoApprovable(Application application) {
        return false;
    }

    @Override
    public void approved(Application a) {
        AllowanceForm f = read(a.formJson());
        payments.issue(a.id(), f.bank(), Money.ofFen(f.computed().amountFen()));
    }

    /** 撤销 after approval: only while the allowance has not been paid; the order is cancelled. */
    @Override
    public void revoked(Application a) {
        payments.cancel(a.id());
    }

    @Override
    public List<FormLine> describe(Application a) {
        AllowanceForm f = read(a.formJson());
        List<FormLine> lines = new ArrayList<>();
        lines.add(FormLine.key("allowance.field.kind", "allowance.kind." + f.kind()));
        lines.add(FormLine.text("allowance.field.eventDate", f.eventDate()));
        if ("BIRTH".equals(f.kind())) {
            lines.add(FormLine.key("allowance.field.difficult", f.difficult() ? "claim.yes" : "claim.no"));
            lines.add(FormLine.text("allowance.field.babies", String.valueOf(f.babies())));
        } else {
            lines.add(FormLine.text("allowance.field.weeks", String.valueOf(f.weeks())));
        }
        if (f.computed() != null) {
            f.computed().lines().forEach(l -> lines.add(FormLine.text(l.get(0), l.get(1))));
        }
        ClaimLines.bank(lines, f.bank());
        ClaimLines.payment(lines, payments.of(a.id()));
        return lines;
    }
}
