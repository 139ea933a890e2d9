package org.yibao.service.maternity.web;

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
import org.yibao.service.maternity.AllowanceDrafts;
import org.yibao.service.maternity.AllowanceForm;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.web.ClaimDraftPages;

/**
 * 生育津贴申报 in the hall, the six steps of seed 000 §三 (填写代办信息, 填写患者信息, 确认患者信息, 填写申报信息,
 * 上传材料信息, 提交申报信息), then 办件进度. The allowance is computed at 填写申报信息 and shown before submission;
 * the steps every claim shares are {@link ClaimDraftPages}'.
 */
@Controller
@RequestMapping(AllowancePages.BASE)
class AllowancePages extends ClaimDraftPages {

    static final String BASE = "/services/maternity-allowance";
    private static final String TITLE = "claim.title.ALLOWANCE";
    private static final List<String> STEPS = List.of("claim.step.agent", "claim.step.other", "claim.step.patient",
            "claim.step.details", "claim.step.materials", "claim.step.submit");

    private final AllowanceDrafts drafts;

    AllowancePages(AllowanceDrafts drafts, Parts parts) {
        super(parts, drafts, BASE, STEPS);
        this.drafts = drafts;
    }

    @GetMapping
    String home(Model model) {
        return person(model, "SELF", Map.of(), Map.of());
    }

    @PostMapping("/applications")
    String start(@RequestParam(defaultValue = "SELF") String route, @RequestParam Map<String, String> typed,
                 Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/claim/need-real-name";
        }
        try {
            long id = drafts.start(citizen.accountId(), subject(route, typed), typed.get("agentRelation"),
                    typed.get("agentAddress"));
            return redirect(id, "patient");
        } catch (BusinessException e) {
            return person(model, route, typed, messages.byField(e));
        }
    }

    @GetMapping("/applications/{id}/details")
    String details(@PathVariable long id, Model model) {
        Application a = drafts.draft(citizen.accountId(), id);
        return detailsPage(model, a, AllowanceDrafts.form(a), Map.of());
    }

    @PostMapping("/applications/{id}/details")
    String saveDetails(@PathVariable long id, DetailsForm typed, Model model) {
        AllowanceForm form = typed.form();
        try {
            drafts.saveDetails(citizen.accountId(), id, form);
            return redirect(id, "materials");
        } catch (BusinessException e) {
            return detailsPage(model, drafts.draft(citizen.accountId(), id), form, messages.byField(e));
        }
    }

    /** 申报信息 as posted: 生育 or 流产, the day, 难产, 胎儿数, weeks, the contact. */
    record DetailsForm(@Nullable String kind, @Nullable String eventDate, @Nullable String difficult,
                       @Nullable String babies, @Nullable String weeks, @Nullable String contactName,
                       @Nullable String contactPhone) {

        AllowanceForm form() {
            return new AllowanceForm(kind, eventDate, "true".equals(difficult), number(babies), number(weeks), null,
                    contactName, contactPhone, null, null, null);
        }

        private static @Nullable Integer number(@Nullable String s) {
            return s != null && s.strip().matches("\\d{1,3}") ? Integer.valueOf(s.strip()) : null;
        }
    }

    @Override
    protected String titleKey(Application a) {
        return TITLE;
    }

    /** The region pays either the employer or the person: that payee is preset and the other one disabled. */
    @Override
    protected void bankChoices(Model model, Application a, @Nullable BankAccount typed) {
        String payee = drafts.payee(a);
        BankAccount stored = AllowanceDrafts.form(a).bank();
        model.addAttribute("bank", typed != null ? typed : stored != null ? stored
                : new BankAccount(null, null, null, null, payee));
        model.addAttribute("fixedPayee", payee);
    }

    private String person(Model model, String route, Map<String, String> typed, Map<String, String> errors) {
        return personPage(model, TITLE, "OTHER".equals(route) ? "claim.step.other" : "claim.step.agent",
                "ALLOWANCE", route, typed, errors);
    }

    private String detailsPage(Model model, Application a, AllowanceForm form, Map<String, String> errors) {
        frame(model, "claim.step.details", a, errors);
        model.addAttribute("form", form);
        return "service/maternity/details";
    }
}
