package org.yibao.service.reimbursement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.Institutions;
import org.yibao.common.BusinessTime;
import org.yibao.common.InputErrors;
import org.yibao.common.Money;
import org.yibao.service.SubjectRoute;
import org.yibao.service.payment.ClaimInputs;
import tools.jackson.databind.json.JsonMapper;

/** Checks a 零星报销 form field by field, every mistake at once, before anything is stored. */
@Component
public class ReimbursementForms {

    static final List<String> MED_TYPES = List.of("11", "21", "51", "52");
    static final int MAX_INVOICES = 20;
    static final Money MAX_TOTAL = Money.ofYuan("1000000.00");
    private static final Pattern INVOICE = Pattern.compile("[A-Za-z0-9-]{6,32}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}(\\.\\d{1,2})?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Institutions institutions;
    private final Clock clock;

    ReimbursementForms(Institutions institutions, Clock clock) {
        this.institutions = institutions;
        this.clock = clock;
    }

    static ReimbursementForm read(String json) {
        return JSON.readValue(json, ReimbursementForm.class);
    }

    static String write(ReimbursementForm form) {
        return JSON.writeValueAsString(form);
    }

    /** Refuses the form with every field's error, or answers the declared total. */
    Money check(ReimbursementForm f, String personName, SubjectRoute route) {
        InputErrors errors = new InputErrors();
        LocalDate today = BusinessTime.today(clock);
        if (f.medType() == null || !MED_TYPES.contains(f.medType())) {
            errors.reject("medType", "CLAIM_MED_TYPE");
        } else if (f.inpatient()) {
            LocalDate in = ClaimInputs.pastDay(errors, "admissionDate", f.admissionDate(), today);
            LocalDate out = ClaimInputs.pastDay(errors, "dischargeDate", f.dischargeDate(), today);
            if (in != null && out != null && out.isBefore(in)) {
                errors.reject("dischargeDate", "CLAIM_DISCHARGE_BEFORE_ADMISSION");
            }
        } else {
            ClaimInputs.pastDay(errors, "visitDate", f.visitDate(), today);
        }
        institution(errors, f);
        invoices(errors, f.invoiceNumbers());
        Money total = total(errors, f.totalAmount());
        if (f.maternityCare()) {
            maternity(errors, f.maternity(), today);
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
        return total;
    }

    /** A catalog institution, or one typed with the 自费就医情况说明 that says why it was not settled directly. */
    private void institution(InputErrors errors, ReimbursementForm f) {
        if (f.institutionCode() != null && !f.institutionCode().isBlank()) {
            if (f.institutionCode().length() > 20 || institutions.find(f.institutionCode()).isEmpty()) {
                errors.reject("institutionCode", "CLAIM_INSTITUTION_UNKNOWN");
            }
        } else {
            errors.text("institutionName", f.institutionName(), 80);
            errors.text("selfPayReason", f.selfPayReason(), 300);
        }
        if (f.selfPayReason() != null && f.selfPayReason().length() > 300) {
            errors.reject("selfPayReason", "TOO_LONG", 300);
        }
    }

    private static void invoices(InputErrors errors, @Nullable List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            errors.reject("invoiceNumbers", "CLAIM_INVOICE_REQUIRED");
            return;
        }
        if (numbers.size() > MAX_INVOICES) {
            errors.reject("invoiceNumbers", "CLAIM_INVOICES_TOO_MANY", MAX_INVOICES);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String n : numbers) {
            if (n == null || !INVOICE.matcher(n).matches()) {
                errors.reject("invoiceNumbers", "CLAIM_INVOICE_FORMAT");
                return;
            }
            if (!seen.add(n.toUpperCase())) {
                errors.reject("invoiceNumbers", "CLAIM_INVOICE_REPEATED", n);
                return;
            }
        }
    }

    private static Money total(InputErrors errors, @Nullable String text) {
        if (text == null || !AMOUNT.matcher(text.strip()).matches()) {
            errors.reject("totalAmount", "CLAIM_TOTAL_FORMAT");
            return Money.ZERO;
        }
        Money total = Money.ofYuan(new BigDecimal(text.strip()));
        if (total.isZero() || total.compareTo(MAX_TOTAL) > 0) {
            errors.reject("totalAmount", "CLAIM_TOTAL_RANGE", MAX_TOTAL);
        }
        return total;
    }

    private static void maternity(InputErrors errors, ReimbursementForm.@Nullable Maternity m, LocalDate today) {
        if (m == null) {
            errors.reject("maternity", "CLAIM_MATERNITY_REQUIRED");
            return;
        }
        if (m.claimantCategory() == null || !List.of("EMPLOYEE", "SPOUSE").contains(m.claimantCategory())) {
            errors.reject("claimantCategory", "CLAIM_MATERNITY_CLAIMANT");
        }
        ClaimInputs.pastDay(errors, "eventDate", m.eventDate(), today);
        if (m.parity() == null || m.parity() < 1 || m.parity() > 10) {
            errors.reject("parity", "CLAIM_MATERNITY_PARITY", 1, 10);
        }
        if (!m.familyPlanning() && (m.babies() == null || m.babies() < 1 || m.babies() > 6)) {
            errors.reject("babies", "ALLOWANCE_BABIES_RANGE", 1, 6);
        }
    }
}
