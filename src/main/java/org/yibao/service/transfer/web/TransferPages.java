package org.yibao.service.transfer.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.transfer.TransferApplying;
import org.yibao.service.transfer.TransferForm;
import org.yibao.service.transfer.TransferRegions;
import org.yibao.service.transfer.TransferVariant;

/**
 * 职工医保关系转移接续 in the hall (seed 000 §三): 适用人群 and 办理条件, the person's own insurance relationships,
 * the three applications and the choice of the 转出地 and 转入地 agencies; a refusal says which condition fails.
 */
@Controller
@RequestMapping("/services/transfer")
class TransferPages {

    private final TransferApplying applying;
    private final PoolingRegions regions;
    private final InsuredPersons persons;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final TransferRegions transferRegions;

    TransferPages(TransferApplying applying, PoolingRegions regions, InsuredPersons persons, CurrentCitizen citizen,
                  Messages messages, TransferRegions transferRegions) {
        this.transferRegions = transferRegions;
        this.applying = applying;
        this.regions = regions;
        this.persons = persons;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String home(@RequestParam(required = false) String variant, Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/transfer/need-real-name";
        }
        long person = citizen.personId().get();
        String from = suggested(person, InsuranceStatus.SUSPENDED);
        String to = suggested(person, InsuranceStatus.NORMAL);
        String chosen = TransferVariant.parse(variant).map(Enum::name).orElse(null);
        return form(model, new TransferForm(chosen, from, to), null);
    }

    @PostMapping
    String file(@RequestParam(defaultValue = "") String variant, @RequestParam(defaultValue = "") String fromRegion,
                @RequestParam(defaultValue = "") String toRegion, @RequestParam(defaultValue = "") String bankCategory,
                @RequestParam(defaultValue = "") String bankName, @RequestParam(defaultValue = "") String bankAccount,
                @RequestParam(defaultValue = "") String bankAccountName, Model model, RedirectAttributes flash) {
        TransferForm form = new TransferForm(variant, fromRegion, toRegion, bankCategory, bankName, bankAccount,
                bankAccountName);
        if (citizen.personId().isEmpty()) {
            return "service/transfer/need-real-name";
        }
        try {
            TransferApplying.Filed filed = applying.file(citizen.accountId(), form, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("flash", messages.text("transfer.filed"));
            return "redirect:/applications/" + filed.applicationId();
        } catch (BusinessException e) {
            return form(model, form, messages.byField(e));
        }
    }

    private String form(Model model, TransferForm form, @Nullable Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("variants", TransferVariant.values());
        model.addAttribute("regions", regions.all());
        model.addAttribute("periods", persons.periods(citizen.personId().orElseThrow()));
        model.addAttribute("regionNames", regions.byCode());
        model.addAttribute("errors", errors);
        model.addAttribute("refusing", String.join("、", transferRegions.refusingAccountFunds().stream().sorted()
                .map(code -> regions.find(code).map(r -> r.name()).orElse(code)).toList()));
        model.addAttribute("bankCategories", TransferApplying.BANK_CATEGORIES);
        return "service/transfer/home";
    }

    private @Nullable String suggested(long person, InsuranceStatus status) {
        return persons.periods(person).stream().filter(p -> p.status() == status && p.isEmployee())
                .map(InsurancePeriod::regionCode).findFirst().orElse(null);
    }
}
