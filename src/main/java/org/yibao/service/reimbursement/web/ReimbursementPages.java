package org.yibao.service.reimbursement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.common.BusinessException;
import org.yibao.service.Application;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.web.ClaimDraftPages;
import org.yibao.service.reimbursement.ReimbursementDrafts;
import org.yibao.service.reimbursement.ReimbursementForm;

/**
 * 零星报销申报 and 生育医疗费用报销申报 in the hall (seed 000 §三): 选择申报人 → 确认患者信息 → 申报信息 → 上传材料 →
 * 提交申报 → 办件进度. A refused step shows its errors on the same page with what was typed; the steps every claim
 * shares are {@link ClaimDraftPages}'.
 */
@Controller
@RequestMapping(ReimbursementPages.BASE)
class ReimbursementPages extends ClaimDraftPages {

    static final String BASE = "/services/reimbursement";
    private static final List<String> STEPS = List.of("claim.step.person", "claim.step.patient", "claim.step.details",
            "claim.step.materials", "claim.step.submit");

    private final ReimbursementDrafts drafts;

    ReimbursementPages(ReimbursementDrafts drafts, Parts parts) {
        super(parts, drafts, BASE, STEPS);
        this.drafts = drafts;
    }

    /** 申报人选择: 本人申报 or 帮助他人申报, 零星报销 or 生育医疗费用. */
    @GetMapping
    String home(@RequestParam(defaultValue = ReimbursementDrafts.GENERAL) String variant, Model model) {
        return person(model, variant(variant), "SELF", Map.of(), Map.of());
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = ReimbursementDrafts.GENERAL) String variant,
                 @RequestParam(defaultValue = "SELF") String route, @RequestParam Map<String, String> typed,
                 Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/claim/need-real-name";
        }
        try {
            long id = drafts.start(citizen.accountId(), subject(route, typed), variant(variant),
                    typed.get("agentRelation"), typed.get("agentAddress"));
            return redirect(id, "patient");
        } catch (BusinessException e) {
            return person(model, variant(variant), route, typed, messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/details")
    String details(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        return detailsPage(model, a, ReimbursementDrafts.form(a), Map.of());
    }

    @PostMapping("/applications/{id}/details")
    String saveDetails(@PathVariable long id, DetailsForm typed, Model model) {
        ReimbursementForm form = typed.form();
        try {
            drafts.saveDetails(citizen.accountId(), id, form);
            return redirect(id, "materials");
        } catch (BusinessException e) {
            return detailsPage(model, drafts.draft(citizen.accountId(), id), form, messages.byField(e));
        }
    }

    /** The 申报信息 fields as the form posts them; the invoices one per line or separated by commas. */
    record DetailsForm(@Nullable String medType, @Nullable String admissionDate, @Nullable String dischargeDate,
                       @Nullable String visitDate, @Nullable String institutionCode, @Nullable String institutionName,
                       @Nullable String invoices, @Nullable String totalAmount, @Nullable String selfPayReason,
                       @Nullable String claimantCategory, @Nullable String familyPlanning,
                       @Nullable String eventDate, @Nullable String parity, @Nullable String babies,
                       @Nullable String contactName,
                       @Nullable String contactPhone) {

        ReimbursementForm form() {
            List<String> numbers = invoices == null ? List.of() : Arrays.stream(invoices.split("[\\s,，、]+"))
                    .filter(s -> !s.isBlank()).limit(100).toList();
            boolean typedInstitution = institutionCode == null || institutionCode.isBlank();
            return new ReimbursementForm(medType, blank(admissionDate), blank(dischargeDate), blank(visitDate),
                    typedInstitution ? null : institutionCode, typedInstitution ? institutionName : null, numbers,
                    totalAmount, blank(selfPayReason), "51".equals(medType) || "52".equals(medType)
                    ? new ReimbursementForm.Maternity(claimantCategory, "true".equals(familyPlanning),
                    blank(eventDate), number(parity), number(babies))
                    : null, null, contactName, contactPhone, null, null, null);
        }

        /** A small whole number as typed, or null (refused by the form's check) for anything else. */
        static @Nullable Integer number(@Nullable String s) {
            return s != null && s.strip().matches("\\d{1,3}") ? Integer.valueOf(s.strip()) : null;
        }

        private static @Nullable String blank(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** The title names the draft's variant: 零星报销 or 生育医疗费用. */
    @Override
    protected String titleKey(Application a) {
        return "claim.title." + a.variant();
    }

    @Override
    protected void bankChoices(Model model, Application a, @Nullable BankAccount typed) {
        model.addAttribute("bank", typed != null ? typed : ReimbursementDrafts.form(a).bank());
        model.addAttribute("fixedPayee", null);
    }

    private String person(Model model, String variant, String route, Map<String, String> typed,
                          Map<String, String> errors) {
        return personPage(model, "claim.title." + variant, "claim.step.person", variant, route, typed, errors);
    }

    private String detailsPage(Model model, Application a, ReimbursementForm form, Map<String, String> errors) {
        frame(model, "claim.step.details", a, errors);
        model.addAttribute("form", form);
        model.addAttribute("maternity", ReimbursementDrafts.MATERNITY.equals(a.variant()));
        model.addAttribute("hospitals", views.hospitals());
        return "service/reimbursement/details";
    }

    private static String variant(String variant) {
        return ReimbursementDrafts.MATERNITY.equals(variant) ? ReimbursementDrafts.MATERNITY
                : ReimbursementDrafts.GENERAL;
    }
}
